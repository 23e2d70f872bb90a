import { expect, expectNoAxeViolationsInBothThemes, test } from "./fixtures";

// worker-threads compares workers, child processes and cluster in a four-column Markdown table.
// Layout is checked at both widths; axe runs once, at phone size, in both themes (the markup is the
// same at every width, and contrast is what differs between the themes).
for (const width of [390, 1280]) {
  const withAxe = width === 390;
  test(`an answer's table has column headers and fits a ${width} px screen${withAxe ? ", and passes axe in both themes" : ""}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/q/worker-threads");
    const table = page.getByRole("region", { name: "Table, scrolls sideways" }).getByRole("table");
    await expect(table.getByRole("columnheader")).toHaveText(["", "worker threads", "child processes", "cluster"]);
    await expect(
      table.getByRole("row").filter({ has: page.getByRole("cell", { name: "isolation", exact: true }) }),
    ).toContainText("full OS isolation");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    if (withAxe) await expectNoAxeViolationsInBothThemes(page);
  });
}

test("on a phone, a keyboard user scrolls a wide table inside its own box", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto("/q/worker-threads");
  const box = page.getByRole("region", { name: "Table, scrolls sideways" });
  expect(await box.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
  await box.focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => box.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
});
