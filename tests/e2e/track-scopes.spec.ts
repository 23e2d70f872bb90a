import type { Page } from "@playwright/test";
import { expect, storedProgress, test } from "./fixtures";
import { allQuestions, questionsOf } from "./test-build";

// The test build has several tracks; these scopes name the nodejs track. The unit tests scope two
// tracks' worth of entries.
const first = "event-loop-phases";
const second = "buffers";

const titleOf = async (page: Page, id: string) => {
  await page.goto(`/q/${id}`);
  return (await page.locator("h1").textContent())!;
};

async function bookmark(page: Page, id: string) {
  await page.goto(`/q/${id}`);
  await page.getByRole("button", { name: "☆ Bookmark" }).click();
  await expect(page.getByRole("button", { name: "★ Bookmarked" })).toHaveAttribute("aria-pressed", "true");
}

/** Grades one question Good, so there is stored progress to compare. */
async function practiseOne(page: Page) {
  await page.goto(`/practice?q=${first}`);
  await page.getByRole("button", { name: /Reveal the answer/ }).click();
  await page.getByRole("button", { name: /^Good/ }).click();
  await expect.poll(async () => Object.keys((await storedProgress(page))?.cards ?? {})).toEqual([first]);
}

test("practice with ?track=nodejs starts a session from that track", async ({ page }) => {
  await page.goto("/practice?track=nodejs");
  await expect(page.getByRole("group", { name: /Sections/ }).getByRole("checkbox")).toHaveCount(8);
  await page.getByRole("button", { name: /^Start 10 questions/ }).click();
  await expect(page.getByText("Question 1 of 10")).toBeVisible();
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
});

test("a mock interview with ?track=nodejs draws from that track", async ({ page }) => {
  await page.goto("/mock?track=nodejs");
  await page.getByRole("button", { name: "Start the mock interview" }).click();
  await expect(page.getByRole("heading", { level: 2 })).toBeFocused();
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
});

test("the mock set-up's share link keeps the track", async ({ page }) => {
  await page.goto("/mock?track=nodejs");
  await expect(page.locator(".share-line a")).toContainText("track=nodejs");
});

test("progress with ?track=nodejs shows the figures of that track", async ({ page }) => {
  await practiseOne(page);
  await page.goto("/progress?track=nodejs");
  await expect(page.locator(".stats li").filter({ hasText: "practised" }).last()).toHaveText("1 question practised");
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
});

test("the question list with ?track=nodejs lists every question of the track", async ({ page }) => {
  await page.goto("/questions?track=nodejs");
  await expect(page.getByRole("status").filter({ hasText: /^Showing/ })).toHaveText(
    new RegExp(`^Showing ${questionsOf("nodejs")} of ${allQuestions} questions`),
  );
  await expect(page.getByText(/Ignored unknown filter/)).toHaveCount(0);
});

test("an unknown track is named on every page and leaves stored progress as it was", async ({ page }) => {
  await practiseOne(page);
  const before = await storedProgress(page);
  await page.goto("/practice?track=nope");
  await expect(page.getByRole("main").getByRole("alert")).toContainText('There is no track "nope".');
  await page.goto("/mock?track=nope");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    'There is no track "nope". The set-up below draws from every track.',
  );
  await page.goto("/progress?track=nope");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    'There is no track "nope". These figures cover every track.',
  );
  await expect(page.locator(".stats li").filter({ hasText: "practised" }).last()).toHaveText("1 question practised");
  await page.goto("/questions?track=nope");
  await expect(page.getByText("Ignored unknown filter: track=nope.")).toBeVisible();
  expect(await storedProgress(page)).toEqual(before);
});

test("a hostile track value is shown as shortened text", async ({ page }) => {
  await page.goto(`/practice?track=%3Cimg%20src%3Dx%3E${"x".repeat(200)}`);
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    `The track "<img src=x>${"x".repeat(28)}…" is not a valid track name.`,
  );
  await expect(page.locator("main img")).toHaveCount(0);
});

test("the bookmarked scope practises exactly the bookmarked questions, in track order", async ({ page }) => {
  const titles = [await titleOf(page, first), await titleOf(page, second)];
  await bookmark(page, second);
  await bookmark(page, first);
  await page.goto("/practice");
  // Reached and followed with the keyboard.
  await page.getByRole("link", { name: "the questions you bookmarked" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/practice\?saved=bookmarked$/);
  await expect(page.getByText("Question 1 of 2")).toBeVisible();
  await expect(page.locator("#card-heading")).toHaveText(titles[0]!);
  await page.getByRole("button", { name: /Reveal the answer/ }).click();
  await page.getByRole("button", { name: /^Good/ }).click();
  await page.getByRole("button", { name: /Stop the ladder here/ }).click();
  await page.getByRole("button", { name: /Next question/ }).click();
  await expect(page.getByText("Question 2 of 2")).toBeVisible();
  await expect(page.locator("#card-heading")).toHaveText(titles[1]!);
});

test("the bookmarked scope with no bookmarks says so and offers the usual set-up", async ({ page }) => {
  await page.goto("/practice");
  await page.getByRole("link", { name: "the questions you bookmarked" }).click();
  await expect(page.getByRole("status").filter({ hasText: /bookmarked/ })).toHaveText(
    "There are no bookmarked questions to practise here yet. Bookmark questions on their pages, then come back.",
  );
  await expect(page.getByRole("button", { name: /^Start 10 questions/ })).toBeVisible();
});
