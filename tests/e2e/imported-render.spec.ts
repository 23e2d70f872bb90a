import { expect, expectNoAxeViolationsInBothThemes, test } from "./fixtures";

// The answer-labels importer fixture, imported by npm run build:tracks, has an accordion with a
// Markdown table and Python and Go fences.
const paging = "/q/imported-how-do-you-page-through-a";

// Layout is checked at both widths; axe runs once, at phone size, in both themes. A full-page
// screenshot of each width and theme is left in test-results/ for a person to look at.
for (const width of [390, 1280]) {
  const withAxe = width === 390;
  test(`an imported page shows its table and highlighted Python and Go at ${width} px${withAxe ? ", and passes axe in both themes" : ""}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(paging);

    const table = page.getByRole("region", { name: "Table, scrolls sideways" }).getByRole("table");
    await expect(table.getByRole("columnheader")).toHaveText([
      "approach",
      "page 1",
      "page 5,000",
      "stable under inserts",
    ]);
    await expect(table.getByRole("row")).toHaveCount(3);
    await expect(page.locator("main")).not.toContainText("| ---");

    for (const [lang, label, keyword] of [
      ["python", "Python", "def"],
      ["go", "Go", "func"],
    ]) {
      const block = page.locator(`figure.code-block[data-lang="${lang}"]`);
      await expect(block.locator(".code-lang")).toHaveText(label!);
      await expect(block.locator("code span.k").first()).toHaveText(keyword!);
    }

    // The page is never wider than the screen: a wide table scrolls inside its own box.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.locator(".track-versions")).toHaveCount(0);
    if (withAxe) await expectNoAxeViolationsInBothThemes(page);
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: `test-results/imported-table-${width}-${scheme}.png`, fullPage: true });
    }
  });
}

test("the Node.js runtime line shows on Node.js pages and not on another track's", async ({ page }) => {
  await page.goto("/q/worker-threads");
  await expect(page.locator(".track-versions")).toHaveText("Node.js answers are written for Node.js 22 and 24 LTS.");
  await page.goto("/q/sql-lost-update");
  await expect(page.locator(".track-versions")).toHaveCount(0);
  await expect(page.locator("footer")).not.toContainText("Node.js");
});
