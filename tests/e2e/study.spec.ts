import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

test.use({ timezoneId: "UTC" });

const first = "event-loop-phases";
const second = "buffers";

/** Answers the question on screen, grades it, and stops its ladder. */
async function answer(page: Page, grade: RegExp) {
  await page.getByRole("button", { name: /Reveal the answer/ }).click();
  await page.getByRole("group", { name: "How well did you answer?" }).getByRole("button", { name: grade }).click();
  await page.getByRole("button", { name: /Stop the ladder here/ }).click();
}

/** Answers the question and every follow-up on its ladder, each graded Good. */
async function answerLadder(page: Page) {
  const done = page.getByRole("heading", { level: 2, name: /question done$/i });
  while (!(await done.isVisible())) {
    await page.getByRole("button", { name: /Reveal the answer/ }).click();
    await page.getByRole("group", { name: "How well did you answer?" }).getByRole("button", { name: /^Good/ }).click();
    await expect(page.getByRole("button", { name: /Reveal the answer/ }).or(done)).toBeVisible();
  }
}

/** What home, /progress, the set-up and today's link say is due today, read off each page. */
async function dueEverywhere(page: Page) {
  await page.goto("/");
  const home = (await page.locator(".due-today").textContent()) ?? "";
  const homeReviews = /Today: (\d+) reviews?/.exec(home)?.[1] ?? (/done|No reviews/.test(home) ? "0" : "?");
  await page.goto("/progress");
  const progressToday = await page.locator(".due-week li").first().locator("strong").textContent();
  await page.goto("/practice");
  await page.getByRole("radio", { name: "Due only" }).check();
  const setUp = /Start (\d+) question/.exec((await page.locator(".scope-start button").textContent()) ?? "")?.[1];
  return { home: homeReviews, progress: progressToday, setUp };
}

test("a step graded Again is asked again before the session can end", async ({ page }) => {
  await page.goto(`/practice?q=${first},${second}`);
  await answer(page, /^Again/);
  await page.getByRole("button", { name: /^Next question/ }).click();
  await expect(page.getByText("Question 2 of 2")).toBeVisible();
  await answer(page, /^Good/);
  await page.getByRole("button", { name: /^Next question/ }).click();
  await expect(page.locator(".card-kicker")).toHaveText("Again: Question");
  await expect(page.getByText("Asking again what you missed: 1 step left")).toBeVisible();
  await page.getByRole("button", { name: /Reveal the answer/ }).click();
  await page.getByRole("button", { name: /^Good/ }).click();
  await page.getByRole("button", { name: /^Finish/ }).click();
  await expect(page.getByText("2 questions practised, 3 grades recorded")).toBeVisible();
});

test("a scripted session: every page states the same numbers, today and tomorrow", async ({ page }) => {
  await page.clock.install({ time: new Date("2026-05-04T10:00:00Z") });
  await page.goto("/");
  await expect(page.getByText(/^Start here/)).toBeVisible();

  await page.goto(`/practice?q=${first},${second}`);
  await answer(page, /^Again/);
  await page.getByRole("button", { name: /^Next question/ }).click();
  await answer(page, /^Good/);
  await page.getByRole("button", { name: /^Next question/ }).click();
  await page.getByRole("button", { name: /Reveal the answer/ }).click();
  await page.getByRole("button", { name: /^Good/ }).click();
  await page.getByRole("button", { name: /^Finish/ }).click();

  // The same day, ten minutes on, the learning steps are done for today everywhere.
  await page.clock.setSystemTime(new Date("2026-05-04T10:20:00Z"));
  expect(await dueEverywhere(page)).toEqual({ home: "0", progress: "0", setUp: "0" });
  await page.goto("/");
  await expect(page.getByText("Today's reviews are done: 2 questions practised today.")).toBeVisible();
  await page.goto("/progress");
  await expect(page.locator(".stats li").filter({ hasText: "questions practised" })).toHaveText(
    "2 questions practised",
  );

  // The next day both come back, and every page says two.
  await page.clock.setSystemTime(new Date("2026-05-05T10:00:00Z"));
  expect(await dueEverywhere(page)).toEqual({ home: "2", progress: "2", setUp: "2" });
  await page.goto("/");
  await page.getByRole("link", { name: "Start today's 2 reviews" }).click();
  await expect(page.getByText("Question 1 of 2")).toBeVisible();
});

test("a mock's link asks the flagged question first, even while it is still in learning", async ({ page }) => {
  await page.goto(`/practice?q=${first}`);
  await answer(page, /^Again/);
  await page.getByRole("button", { name: "End session" }).click();
  await page.goto(`/practice?sections=streams-io&include=${first}`);
  await expect(page.getByText(/your mock flagged come first/)).toBeVisible();
  await page.locator(".scope-start button").click();
  await expect(page.getByRole("heading", { level: 2, name: /phases of the Node.js event loop/ })).toBeVisible();
});

test("a link naming a scope while a session is in progress offers resume or the scope", async ({ page }) => {
  await page.goto(`/practice?q=${first},${second}`);
  await expect(page.getByText("Question 1 of 2")).toBeVisible();
  await page.goto("/practice?sections=streams-io");
  await expect(page.getByRole("button", { name: "Resume your session (2 left)" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Streams, buffers and I/O" })).toBeChecked();
  await page.getByRole("button", { name: "Resume your session (2 left)" }).click();
  await expect(page.getByText("Question 1 of 2")).toBeVisible();

  await page.goto("/practice");
  await expect(page.getByRole("button", { name: "Resume your session (2 left)" })).toBeVisible();
  await expect(page.locator(".scope-start button")).toBeVisible();

  await page.goto(`/practice?q=${second}`);
  await expect(page.getByRole("button", { name: "Start this question" })).toHaveCount(0);
  await expect(page.getByText("Question 1 of 2")).toBeVisible();

  await page.goto("/practice?q=stream-types");
  await page.getByRole("button", { name: "Start this question" }).click();
  await expect(page.getByText("Question 1 of 1")).toBeVisible();
});

test("the plan shows today in questions, then a done state once practised", async ({ page }) => {
  await page.clock.install({ time: new Date("2026-05-04T10:00:00Z") });
  await page.goto("/plan");
  await page.getByLabel("Interview date").fill("2026-05-30");
  await expect(page.locator(".plan-on-track")).toContainText("On track");
  await expect(page.locator(".plan-status")).toContainText(/An average day needs about \d+ minutes?; the busiest/);
  const start = page.getByRole("link", { name: /^Start today's plan \((\d+) questions?\)$/ });
  const planned = Number(/\((\d+) question/.exec((await start.textContent()) ?? "")?.[1]);
  await expect(page.getByText(/^Today: 0 reviews \+ \d+ new, about \d+ minutes/)).toBeVisible();
  await start.click();
  for (let i = 1; i <= planned; i++) {
    await expect(page.getByText(`Question ${i} of ${planned}`)).toBeVisible();
    await answerLadder(page);
    await page.getByRole("button", { name: i < planned ? /^Next question/ : /^Finish/ }).click();
  }
  await page.goto("/plan");
  await expect(page.getByText(`Today's plan is done: ${planned} questions practised today.`)).toBeVisible();
});

test("too few minutes a day reads Behind, apart from On track, and says what would work", async ({ page }) => {
  await page.clock.install({ time: new Date("2026-05-04T10:00:00Z") });
  await page.goto("/plan");
  await page.getByLabel("Interview date").fill("2026-05-09");
  await page.getByLabel(/Minutes a day/).fill("5");
  await expect(page.locator(".plan-behind")).toContainText("Behind");
  await expect(page.locator(".plan-status")).toContainText(
    /It needs about \d+ minutes a day(, or an interview on|; a later date would not help)/,
  );
  await expect(page.getByText(/^Today: .*about [1-5] minutes?/)).toBeVisible();
  await expect(page.locator("details.plan-advanced")).not.toHaveAttribute("open", "");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("the grade bar is pinned once the answer shows, and a toast offers Undo", async ({ page }) => {
    await page.goto(`/practice?q=${first},${second}`);
    await page.getByRole("button", { name: /Reveal the answer/ }).click();
    const bar = page.getByRole("group", { name: "How well did you answer?" });
    await expect(bar).toBeInViewport();
    const box = await bar.boundingBox();
    expect(box!.y + box!.height).toBeGreaterThan(844 - 120);
    await bar.getByRole("button", { name: /^Good/ }).click();
    const toast = page.getByRole("status").filter({ hasText: "Graded Good" }).locator(".grade-toast");
    await expect(toast).toBeVisible();
    const heading = await page.locator("#card-heading").boundingBox();
    const header = await page.locator("header").first().boundingBox();
    expect(heading!.y).toBeGreaterThanOrEqual(header!.y + header!.height - 1);
    await toast.getByRole("button", { name: "Undo" }).click();
    await expect(page.getByRole("group", { name: "How well did you answer?" })).toBeVisible();
  });
});
