import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const day = 24 * 60 * 60 * 1000;

/** Progress with one review at noon on each of the last `days` days. */
function practisedOn(days: number) {
  const noon = new Date();
  noon.setHours(12, 0, 0, 0);
  return {
    version: 4,
    cards: {},
    removed: {},
    log: Array.from({ length: days }, (_, i) => ({
      card: "event-loop-phases",
      time: noon.getTime() - (i + 1) * day,
      rating: 3,
      state: 2,
    })),
    daysBeforeLog: {},
    settings: { grading: "four", updatedAt: "2026-11-01T00:00:00Z" },
  };
}

async function seed(page: Page, progress: unknown) {
  await page.goto("/");
  await page.evaluate((text) => localStorage.setItem("followup:progress", text), JSON.stringify(progress));
  await page.goto("/progress");
}

const reminder = (page: Page) => page.getByRole("region", { name: "Export reminder" });

test("the progress page says plainly that this browser may clear the site's data, and what to do", async ({ page }) => {
  // Headless Chromium never grants persistent storage, so this is what such a browser shows.
  await page.goto("/progress");
  await expect(page.getByText(/^This browser may clear this site's data/)).toContainText(
    "Install Followup (in Safari, Share → Add to Home Screen) so it is kept, or export your progress regularly.",
  );
  await expect(page.getByRole("button", { name: "Ask the browser to keep it" })).toBeVisible();
});

test("after 14 days of practice without an export a reminder offers one, and Not now puts it away", async ({
  page,
}) => {
  await seed(page, practisedOn(14));
  await expect(reminder(page)).toContainText("You have practised on 14 days since your last export.");
  await reminder(page).getByRole("button", { name: "Not now" }).click();
  await expect(reminder(page)).toHaveCount(0);
  await page.reload();
  await expect(page.getByText(/^This browser may clear/)).toBeVisible();
  await expect(reminder(page)).toHaveCount(0);
});

test("exporting from the reminder counts as an export", async ({ page }) => {
  await seed(page, practisedOn(20));
  const download = page.waitForEvent("download");
  await reminder(page).getByRole("button", { name: "Export progress" }).click();
  await download;
  await expect(reminder(page)).toHaveCount(0);
});

test("13 days of practice bring no reminder", async ({ page }) => {
  await seed(page, practisedOn(13));
  await expect(page.getByText(/^This browser may clear/)).toBeVisible();
  await expect(reminder(page)).toHaveCount(0);
});

test("the reminder can be turned off, and stays off", async ({ page }) => {
  await seed(page, practisedOn(30));
  await expect(reminder(page)).toBeVisible();
  await page.getByRole("checkbox", { name: /Remind me to export/ }).uncheck();
  await expect(reminder(page)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("checkbox", { name: /Remind me to export/ })).not.toBeChecked();
  await expect(reminder(page)).toHaveCount(0);
});
