import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolationsInBothThemes, storedProgress, test } from "./fixtures";

const graded = "event-loop-phases";
const other = "garbage-collection";
const badgeOf = (page: Page, id: string) => page.locator(`[data-question="${id}"] .status-badge, #${id} .status-badge`);

/** Grades one question Good through practice, the way a learner would. */
async function gradeGood(page: Page, id: string) {
  await page.goto(`/practice?q=${id}`);
  await page.getByRole("button", { name: /Reveal the answer/ }).click();
  await page.getByRole("button", { name: /^Good/ }).click();
  await expect.poll(async () => (await storedProgress(page))?.cards[id]?.lastRating).toBe("good");
}

/**
 * Makes the graded question due now, as if last reviewed two days ago (a card graded today is done
 * for today), and copies its card to `other` as a long-remembered review card.
 */
async function makeDueAndMastered(page: Page) {
  await page.evaluate(
    ({ graded, other }) => {
      const record = JSON.parse(localStorage.getItem("followup:progress")!);
      const card = record.cards[graded];
      record.cards[other] = {
        ...card,
        state: 2,
        stability: 40,
        due: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      };
      card.due = new Date(Date.now() - 60_000).toISOString();
      card.lastReview = new Date(Date.now() - 2 * 86_400_000).toISOString();
      localStorage.setItem("followup:progress", JSON.stringify(record));
    },
    { graded, other },
  );
}

test("a question never practised shows the new badge on its page", async ({ page }) => {
  await page.goto(`/q/${graded}`);
  await expect(page.locator(".question-meta .status-badge")).toHaveText("Your progress: new");
  await expect(page.locator(".question-meta .status-badge")).toHaveAttribute("title", "Not practised yet");
});

test("after a Good grade in practice, the question page says learning", async ({ page }) => {
  await gradeGood(page, graded);
  await page.goto(`/q/${graded}`);
  await expect(page.locator(".question-meta .status-badge")).toHaveText("Your progress: learning");
});

test("the section page shows due and mastered from stored progress", async ({ page }) => {
  await gradeGood(page, graded);
  await makeDueAndMastered(page);
  await page.goto("/nodejs/runtime");
  await expect(badgeOf(page, graded)).toHaveText("Your progress: due");
  await expect(badgeOf(page, other)).toHaveText("Your progress: mastered");
  await expect(badgeOf(page, "what-is-nodejs")).toHaveText("Your progress: new");
});

test("the all-questions list shows status badges, and the due filter keeps only due questions", async ({ page }) => {
  await gradeGood(page, graded);
  await makeDueAndMastered(page);
  await page.goto("/questions");
  await expect(badgeOf(page, graded)).toHaveText("Your progress: due");
  await expect(badgeOf(page, other)).toHaveText("Your progress: mastered");
  await page.getByRole("checkbox", { name: "due", exact: true }).check();
  await expect(page).toHaveURL(/\/questions\?status=due$/);
  await expect(page.locator("[data-question]:visible")).toHaveCount(1);
  await expect(badgeOf(page, graded).locator("visible=true")).toHaveText("Your progress: due");
});

test("a grade saved in another tab updates the badges of an open page", async ({ page, context }) => {
  await page.goto(`/q/${graded}`);
  await expect(page.locator(".question-meta .status-badge")).toHaveText("Your progress: new");
  await gradeGood(await context.newPage(), graded);
  await expect(page.locator(".question-meta .status-badge")).toHaveText("Your progress: learning");
});

test("filling the badges moves nothing: no layout shift on the list", async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { shift: number };
    w.shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.shift += (entry as unknown as { value: number }).value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto("/questions");
  await expect(badgeOf(page, graded)).toHaveText("Your progress: new");
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
});

test("without JavaScript the badges are empty: the HTML never claims a status", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/q/${graded}`);
  await expect(page.locator(".question-meta .status-badge")).toHaveText("");
  await page.goto("/questions");
  await expect(page.locator(".status-badge").first()).toHaveText("");
  await context.close();
});

for (const path of [`/q/${graded}`, "/nodejs/runtime", "/questions"]) {
  test(`axe finds no violations on ${path} with every badge filled in the light and dark themes`, async ({ page }) => {
    await gradeGood(page, graded);
    await makeDueAndMastered(page);
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(path);
    await expect(page.locator(".status-badge[data-status=due]").first()).toBeVisible();
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    await expectNoAxeViolationsInBothThemes(page);
  });
}
