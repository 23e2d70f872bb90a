import { expect, test } from "@playwright/test";

test.use({ javaScriptEnabled: false });

test("with JavaScript off, accordions open and diagrams show", async ({ page }) => {
  await page.goto("/nodejs/runtime");
  const accordion = page.locator("details#event-loop-phases");
  await accordion.locator(":scope > summary").click();
  await expect(accordion).toHaveAttribute("open", "");
  const diagram = accordion.locator("img.diagram-light").first();
  await expect(diagram).toBeVisible();
  await expect.poll(() => diagram.evaluate((img: HTMLImageElement) => img.naturalWidth > 0)).toBe(true);
});

test("with JavaScript off, follow-up answers still reveal", async ({ page }) => {
  await page.goto("/q/event-loop-phases");
  const followUp = page.locator("details.follow-up").first();
  await followUp.locator(":scope > summary").click();
  await expect(followUp.locator("p")).toBeVisible();
});

test("with JavaScript off, the phone menu opens and its links work", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await page.locator("details.nav-menu > summary").click();
  await page.getByRole("navigation", { name: "Site menu" }).getByRole("link", { name: "Progress" }).click();
  await expect(page).toHaveURL(/\/progress$/);
});

test("before the scripts run (here, never), /mock shows a disabled loading button, not an inert Start", async ({
  page,
}) => {
  await page.goto("/mock");
  await expect(page.getByRole("button", { name: "Loading the mock interview…" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Start the mock interview" })).toHaveCount(0);
});

for (const [path, loading] of [
  ["/practice", "Loading practice…"],
  ["/plan", "Loading your plan…"],
] as const) {
  test(`before the scripts run (here, never), ${path} shows it is loading and no enabled control does nothing`, async ({
    page,
  }) => {
    await page.goto(path);
    await expect(page.locator('[aria-busy="true"]', { hasText: loading })).toBeVisible();
    // A control works without script only as part of a form that submits somewhere.
    const inert = await page
      .locator("button, input, select, textarea")
      .evaluateAll((controls) =>
        controls
          .filter((c) => !(c as HTMLButtonElement).disabled && c.checkVisibility() && !c.closest("form[action]"))
          .map((c) => c.outerHTML.slice(0, 120)),
      );
    expect(inert).toEqual([]);
  });
}
