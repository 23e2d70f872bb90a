import { expect, expectNoAxeViolations, test } from "./fixtures";

test("a first visit is told where to start, not that nothing is due", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator(".due-count").first()).toHaveText(/^Start here: /);
  await expect(page.getByText("Nothing due today.")).toHaveCount(0);
  await expect(page.locator(".track-progress").first()).toHaveText("Not started yet: pick a section below to begin.");
});

test("once something is practised, home no longer greets a newcomer", async ({ page }) => {
  await page.goto("/practice?q=event-loop-phases");
  await page.getByRole("button", { name: /Reveal the answer/ }).click();
  await page.getByRole("button", { name: /^Good/ }).click();
  await page.goto("/");
  await expect(page.locator(".due-count").first()).not.toHaveText(/Start here/);
});

test("the heatmap labels its weekdays and gives each day's reviews to the eye and to assistive technology", async ({
  page,
}) => {
  await page.goto("/practice?q=event-loop-phases");
  await page.getByRole("button", { name: /Reveal the answer/ }).click();
  await page.getByRole("button", { name: /^Good/ }).click();
  await page.goto("/progress");
  const svg = page.locator(".heatmap-svg");
  await expect(svg.locator("text", { hasText: /^(Mon|Wed|Fri)$/ })).toHaveCount(3);
  await expect(svg.locator("rect title").last()).toHaveText(/^\d{4}-\d{2}-\d{2}: 1 review$/);
  await page.getByText("Show reviews by day as a table").click();
  const table = page.getByRole("table", { name: "Reviews on each day practised" });
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table.getByRole("row").nth(1)).toHaveText(/^(Sun|Mon|Tue|Wed|Thu|Fri|Sat) \d{4}-\d{2}-\d{2}1$/);
  await expectNoAxeViolations(page);
});
