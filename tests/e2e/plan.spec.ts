import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, storedProgress, test } from "./fixtures";

test.use({ timezoneId: "UTC" });

const minutesNeeded = async (page: Page) => {
  const text = (await page.locator(".plan-status").textContent()) ?? "";
  return Number(/needs about (\d+) minutes/.exec(text)?.[1]);
};

async function setDate(page: Page, day: string) {
  await page.getByLabel("Interview date").fill(day);
  await expect(page.getByRole("heading", { name: /days? to go$/ })).toBeVisible();
}

test("set a date, practise, skip three days, come back: the plan rebalances", async ({ page }) => {
  await page.clock.install({ time: new Date("2026-05-04T10:00:00Z") });
  await page.goto("/plan");
  await setDate(page, "2026-05-20");
  await expect(page.getByRole("heading", { name: "On track: 16 days to go" })).toBeVisible();
  const before = await minutesNeeded(page);

  await page.getByRole("link", { name: /^Practise today's \d+ questions?$/ }).click();
  await expect(page).toHaveURL(/\/practice\?q=[a-z0-9-]+(,[a-z0-9-]+)*$/);
  await page.getByRole("button", { name: /Reveal the answer/ }).click();
  await page.getByRole("button", { name: /^Good/ }).click();
  await expect.poll(async () => Object.keys((await storedProgress(page))?.cards ?? {})).toHaveLength(1);

  await page.clock.setSystemTime(new Date("2026-05-07T10:00:00Z"));
  await page.goto("/plan");
  await expect(page.getByRole("heading", { name: "On track: 13 days to go" })).toBeVisible();
  expect(await minutesNeeded(page)).toBeGreaterThan(before);
  await expect(page.getByRole("link", { name: /^Practise today's \d+ questions?$/ })).toBeVisible();
});

test("while a date is set, a grade never schedules a review after the interview", async ({ page }) => {
  await page.clock.install({ time: new Date("2026-05-04T10:00:00Z") });
  await page.goto("/plan");
  await setDate(page, "2026-05-06");
  await page.goto("/practice?q=event-loop-phases");
  await page.getByRole("button", { name: /Reveal the answer/ }).click();
  await page.getByRole("button", { name: /^Easy/ }).click();
  await expect
    .poll(async () => (await storedProgress(page))?.cards?.["event-loop-phases"]?.due)
    .toBe("2026-05-06T04:00:00.000Z");
});

test("cram mode is labelled and records no grade", async ({ page }) => {
  await page.goto("/plan");
  await page.getByRole("link", { name: "Cram without recording grades" }).click();
  await expect(page.getByText("Cram mode: grades are not recorded.")).toBeVisible();
  await page.goto("/practice?q=event-loop-phases&cram=1");
  await page.getByRole("button", { name: /Reveal the answer/ }).click();
  await page.getByRole("button", { name: /^Good/ }).click();
  await expect(page.getByRole("button", { name: /Reveal the answer/ })).toBeVisible();
  expect(await storedProgress(page)).toBeNull();
});

test("the home page shows the days to the interview and links to today's plan", async ({ page }) => {
  await page.clock.install({ time: new Date("2026-05-04T10:00:00Z") });
  await page.goto("/plan");
  await setDate(page, "2026-05-20");
  await page.goto("/");
  await page.getByRole("link", { name: "See today's plan" }).click();
  await expect(page.getByRole("heading", { name: "Your interview plan" })).toBeVisible();
});

for (const scheme of ["light", "dark"] as const) {
  for (const width of [390, 1280]) {
    test(`axe finds no violations on the plan page in the ${scheme} theme at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.clock.install({ time: new Date("2026-05-04T10:00:00Z") });
      await page.goto("/plan");
      await setDate(page, "2026-05-20");
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
      await expectNoAxeViolations(page);
    });
  }
}

for (const scheme of ["light", "dark"] as const) {
  test(`axe finds no violations on the progress page's heatmap in the ${scheme} theme at 390 px`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/practice?q=event-loop-phases");
    await page.getByRole("button", { name: /Reveal the answer/ }).click();
    await page.getByRole("button", { name: /^Good/ }).click();
    await page.goto("/progress");
    await expect(page.getByText("1 day current streak")).toBeVisible();
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    await expectNoAxeViolations(page);
  });
}

test("the review log exports as CSV in the fsrs-optimizer columns", async ({ page }) => {
  await page.goto("/practice?q=event-loop-phases");
  await page.getByRole("button", { name: /Reveal the answer/ }).click();
  await page.getByRole("button", { name: /^Good/ }).click();
  await page.goto("/progress");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export review log (CSV)" }).click(),
  ]);
  const text = await readFile((await download.path())!, "utf8");
  expect(text).toMatch(
    /^card_id,review_time,review_rating,review_state,review_duration\nevent-loop-phases,\d{13},3,0,\d+\n$/,
  );
});

test("imported FSRS parameters are checked, every problem listed, and a valid vector is used", async ({ page }) => {
  await page.goto("/plan");
  const field = page.getByLabel("Parameters (17, 19 or 21 numbers)");
  await field.fill("0.2, 1.2, soon");
  await page.getByRole("button", { name: "Use these parameters" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "is not a number" })).toHaveText(
    'w[2]: "soon" is not a numberparameters: expected 17, 19 or 21 numbers, found 3',
  );
  // Within every FSRS-6 range: an optimiser's output for a made-up log.
  await field.fill(
    "0.2, 1.2, 2.3, 8.3, 6.4, 0.8, 3.0, 0.001, 1.9, 0.17, 0.8, 1.5, 0.06, 0.26, 1.6, 0.6, 1.9, 0.7, 0.4, 0.1, 0.15",
  );
  await page.getByRole("button", { name: "Use these parameters" }).click();
  await expect(page.getByText(/^Your own parameters are in use/)).toBeVisible();
});
