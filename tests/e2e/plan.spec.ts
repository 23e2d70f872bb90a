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

  await page.getByRole("link", { name: /^(Start|Continue) today's plan \(\d+ questions?\)$/ }).click();
  await expect(page).toHaveURL(/\/practice\?q=[a-z0-9-]+(,[a-z0-9-]+)*$/);
  await page.getByRole("button", { name: /Reveal the answer/ }).click();
  await page.getByRole("button", { name: /^Good/ }).click();
  await expect.poll(async () => Object.keys((await storedProgress(page))?.cards ?? {})).toHaveLength(1);

  await page.clock.setSystemTime(new Date("2026-05-07T10:00:00Z"));
  await page.goto("/plan");
  await expect(page.getByRole("heading", { name: "On track: 13 days to go" })).toBeVisible();
  expect(await minutesNeeded(page)).toBeGreaterThan(before);
  await expect(page.getByRole("link", { name: /^(Start|Continue) today's plan \(\d+ questions?\)$/ })).toBeVisible();
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

const day = 86_400_000;
const matureIds = ["event-loop-phases", "buffers", "stream-types", "worker-threads", "cluster-module"];

/** Stored progress in which each question is a mature card, due yesterday, that FSRS would next bring back months later. */
async function seedMatureCards(page: Page, now: Date) {
  const card = {
    due: new Date(now.getTime() - day).toISOString(),
    stability: 400,
    difficulty: 3,
    elapsedDays: 30,
    scheduledDays: 30,
    learningSteps: 0,
    reps: 6,
    lapses: 0,
    state: 2,
    lastReview: new Date(now.getTime() - 31 * day).toISOString(),
    lastRating: "good",
    updatedAt: new Date(now.getTime() - 31 * day).toISOString(),
  };
  const progress = {
    version: 4,
    cards: Object.fromEntries(matureIds.map((id) => [id, card])),
    removed: {},
    log: [],
    daysBeforeLog: {},
    settings: { grading: "four", updatedAt: new Date(0).toISOString() },
  };
  await page.evaluate((raw) => localStorage.setItem("followup:progress", raw), JSON.stringify(progress));
}

test("a grade button shows the capped interval, and grading stores exactly that", async ({ page }) => {
  const now = new Date("2026-05-04T10:00:00Z");
  await page.clock.install({ time: now });
  await page.goto("/plan");
  await setDate(page, "2026-05-20");
  await seedMatureCards(page, now);
  await page.goto("/practice?q=event-loop-phases");
  await page.getByRole("button", { name: /Reveal the answer/ }).click();
  // FSRS alone would say months; the plan caps it to a day in the last few before the 20th.
  const good = page.getByRole("button", { name: /^Good · 1[3-5] d/ });
  await expect(good).toBeVisible();
  const shown = Number(/· (\d+) d/.exec((await good.textContent()) ?? "")?.[1]);
  await good.click();
  await expect.poll(async () => (await storedProgress(page))?.cards?.["event-loop-phases"]?.lastRating).toBe("good");
  const due = Date.parse((await storedProgress(page)).cards["event-loop-phases"].due);
  expect(Math.round((due - now.getTime()) / day)).toBe(shown);
  expect(due).toBeLessThan(Date.parse("2026-05-20T04:00:00Z"));
});

test("reviews capped by the plan are spread over its last days, not piled on the interview morning", async ({
  page,
}) => {
  const now = new Date("2026-05-04T10:00:00Z");
  await page.clock.install({ time: now });
  await page.goto("/plan");
  await setDate(page, "2026-05-20");
  await seedMatureCards(page, now);
  for (const id of matureIds) {
    await page.goto(`/practice?q=${id}`);
    // The address names another question than the session in progress: choose to start it.
    if (id !== matureIds[0]) await page.getByRole("button", { name: "Start this question" }).click();
    await page.getByRole("button", { name: /Reveal the answer/ }).click();
    // Clicked once the preview shows the spread cap, which is loaded only while a date is set.
    await page.getByRole("button", { name: /^Good · 1[3-5] d/ }).click();
    await expect.poll(async () => (await storedProgress(page))?.cards?.[id]?.lastRating).toBe("good");
  }
  const cards = (await storedProgress(page)).cards as Record<string, { due: string }>;
  const days = matureIds.map((id) => cards[id]!.due.slice(0, 10));
  expect(days.every((d) => d >= "2026-05-17" && d <= "2026-05-19")).toBe(true);
  expect(new Set(days).size).toBeGreaterThan(1);

  await page.goto("/plan");
  await page.getByRole("radio", { name: "Next 30 days" }).check();
  await page.getByText("Show the forecast as a table").click();
  const dueOn = async (label: RegExp) =>
    Number(await page.getByRole("row", { name: label }).getByRole("cell").nth(1).textContent());
  const lastDays = [await dueOn(/17 May/), await dueOn(/18 May/), await dueOn(/19 May/)];
  expect(lastDays.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(matureIds.length);
  expect(lastDays.filter((n) => n > 0).length).toBeGreaterThan(1);
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

test("the home page states today's plan as the plan page does, and links to the whole plan", async ({ page }) => {
  await page.clock.install({ time: new Date("2026-05-04T10:00:00Z") });
  await page.goto("/plan");
  await setDate(page, "2026-05-20");
  const today = page.getByText(/^Today: \d+ reviews? \+ \d+ new, about \d+ minutes?/);
  const onPlan = await today.textContent();
  await page.goto("/");
  await expect(page.getByText("Your interview is in 16 days.")).toBeVisible();
  expect(await today.textContent()).toBe(onPlan);
  await expect(page.getByRole("link", { name: /^Start today's plan \(\d+ questions?\)$/ })).toBeVisible();
  await page.getByRole("link", { name: "See the whole plan" }).click();
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
    /^card_id,review_time,review_rating,review_state,review_duration\r\nevent-loop-phases,\d{13},3,0,\d+\r\n$/,
  );
});

test("imported FSRS parameters are checked, every problem listed, and a valid vector is used", async ({ page }) => {
  await page.goto("/plan");
  await page.getByText("Advanced: FSRS parameters").click();
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
