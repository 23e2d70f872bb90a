import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";

// The fixture design question in the SQL fixture track (tests/fixtures/tracks/sql), so this spec
// never depends on the system-design track's own questions.
const path = "/q/sql-sdcode-order-history";

const estimate = (page: Page) => page.getByRole("figure", { name: /Order history/ });
const figure = (page: Page, key: string) => estimate(page).locator(`tr[data-figure="${key}"] .estimate-value`);

test("the estimate's figures follow its inputs as you type", async ({ page }) => {
  await page.goto(path);
  await expect(figure(page, "writes-avg")).toHaveText("≈ 1.2 writes/s");
  const users = estimate(page).getByRole("textbox", { name: "Daily active users" });
  await expect(users).toBeEnabled();
  await users.fill("20M");
  await expect(figure(page, "writes-avg")).toHaveText("≈ 12 writes/s");
  await expect(estimate(page).locator('tr[data-figure="writes-avg"] .estimate-power')).toHaveText("1.2 × 101 writes/s");
  await estimate(page).getByRole("textbox", { name: "Object size" }).fill("20 KB");
  await expect(figure(page, "storage-day")).toHaveText("≈ 20 GB");
});

test("an input that does not read shows its message and keeps the last good figures", async ({ page }) => {
  await page.goto(path);
  const users = estimate(page).getByRole("textbox", { name: "Daily active users" });
  await expect(users).toBeEnabled();
  await users.fill("20M");
  await expect(figure(page, "writes-avg")).toHaveText("≈ 12 writes/s");
  await users.fill("20 million");
  await expect(users).toHaveAttribute("aria-invalid", "true");
  await expect(users).toHaveAccessibleDescription(/"20 million" is not a number/);
  await expect(estimate(page).getByText(/the figures are for the last inputs that did/)).toBeVisible();
  await expect(figure(page, "writes-avg")).toHaveText("≈ 12 writes/s");
});

test("Reset restores the authored inputs and their figures", async ({ page }) => {
  await page.goto(path);
  const reset = estimate(page).getByRole("button", { name: "Reset" });
  const users = estimate(page).getByRole("textbox", { name: "Daily active users" });
  await expect(users).toBeEnabled();
  await expect(reset).toBeDisabled();
  await users.fill("0");
  await estimate(page).getByRole("textbox", { name: "Peak factor" }).fill("10");
  await reset.click();
  await expect(users).toHaveValue("2M");
  await expect(estimate(page).getByRole("textbox", { name: "Peak factor" })).toHaveValue("4");
  await expect(figure(page, "writes-peak")).toHaveText("≈ 4.6 writes/s");
  await expect(users).not.toHaveAttribute("aria-invalid");
  await expect(reset).toBeDisabled();
});

test("the estimate fits the page width, announces its figures politely and passes axe", async ({ page }) => {
  await page.goto(path);
  await expect(estimate(page).getByRole("textbox", { name: "Daily active users" })).toBeEnabled();
  await expect(estimate(page).getByRole("region", { name: "Figures for Order history" })).toHaveAttribute(
    "aria-live",
    "polite",
  );
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});

test("the availability table shows the downtime each target allows", async ({ page }) => {
  await page.goto(path);
  const row = page.getByRole("row", { name: /^99\.9%/ });
  await expect(row.getByRole("cell")).toHaveText(["8.76 h", "43.2 min", "10.1 min"]);
});

test("the island's code loads only on a page with an estimate @desktop", async ({ page }) => {
  const scripts = async (url: string) => {
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    return page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .map((entry) => new URL(entry.name).pathname)
        .filter((name) => name.endsWith(".js")),
    );
  };
  const plain = new Set(await scripts("/q/sql-lost-update"));
  const withEstimate = await scripts(path);
  expect(withEstimate.filter((name) => !plain.has(name)).length).toBeGreaterThan(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the estimate shows the authored figures, its fields disabled @desktop", async ({ page }) => {
    await page.goto(path);
    await expect(figure(page, "writes-avg")).toHaveText("≈ 1.2 writes/s");
    await expect(figure(page, "storage-total")).toHaveText("≈ 1 TB");
    await expect(estimate(page).getByRole("textbox", { name: "Daily active users" })).toBeDisabled();
    await expect(estimate(page).getByRole("textbox", { name: "Daily active users" })).toHaveValue("2M");
  });
});

test("a design question is badged, bookmarked, noted and practised like any other @desktop", async ({ page }) => {
  await page.goto(path);
  await expect(page.locator(".question-meta .badge-design")).toHaveText("Design round");
  await page.getByRole("button", { name: "☆ Bookmark" }).click();
  await page.getByRole("button", { name: "Write a note" }).click();
  await page.getByRole("textbox", { name: /Your note on/ }).fill("Start from the daily writes.");
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.locator(".note-status")).toHaveText("Saved");

  await page.goto("/questions?track=sql");
  const row = page.locator('li[data-question="sql-sdcode-order-history"]');
  await expect(row.locator(".badge-design")).toHaveText("Design round");
  await page.getByRole("checkbox", { name: "Bookmarked" }).check();
  await expect(page.getByRole("status").filter({ hasText: /^Showing/ })).toContainText("Showing 1 of");
  await expect(row.locator(".badge-design")).toHaveText("Design round");
  await page.getByRole("link", { name: "Practise these bookmarked questions" }).click();
  await expect(page).toHaveURL(/\/practice\?q=sql-sdcode-order-history$/);
  await page.getByRole("button", { name: /Reveal the answer/ }).click();
  await expect(page.locator(".saved-note")).toContainText("Start from the daily writes.");
  const answer = page.locator(".model-answer");
  await expect(answer.locator('tr[data-figure="writes-avg"] .estimate-value')).toHaveText("≈ 1.2 writes/s");
  await expect(answer.getByRole("button", { name: "Reset" })).toBeHidden();
});
