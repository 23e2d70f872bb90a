import type { Locator, Page } from "@playwright/test";
import { expect, storedProgress, test } from "./fixtures";

// Runs in the phone project only (playwright.config.ts): 390 by 844, touch, a mobile viewport.
const oneQuestion = "seed=test1234&n=1&m=5&t=10&d=2&auto=0&over=lock&sec=runtime&diff=intermediate";

const box = async (locator: Locator) => {
  const b = await locator.boundingBox();
  if (!b) throw new Error(`${locator} has no box`);
  return b;
};
const viewport = (page: Page) => page.viewportSize() ?? { width: 0, height: 0 };

test("browse: tap a section, open a question, tap its diagram to see it full size", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /Runtime and core architecture/ }).tap();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Runtime and core architecture");
  const accordion = page.locator("details#event-loop-phases");
  await accordion.locator(":scope > summary").tap();
  await expect(accordion).toHaveAttribute("open", "");
  const diagram = accordion.locator("a.diagram-link.diagram-light").first();
  await diagram.scrollIntoViewIfNeeded();
  await expect(accordion.getByText("Tap the diagram to open it full size.").first()).toBeVisible();
  await diagram.tap();
  await expect(page).toHaveURL(/\/diagrams\/[0-9a-f]+-light\.svg$/);
});

test("search fills the screen, hides keyboard hints, and a tapped result opens", async ({ page }) => {
  await page.goto("/");
  const trigger = page.getByRole("link", { name: /^Search/ });
  await expect(trigger.locator("kbd")).toBeHidden();
  await expect(async () => {
    await trigger.tap();
    await expect(page.getByRole("dialog")).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  const dialog = await box(page.getByRole("dialog"));
  expect(dialog).toEqual({ x: 0, y: 0, ...viewport(page) });
  await expect(page.getByRole("dialog").locator("kbd").first()).toBeHidden();
  await page.getByRole("combobox", { name: "Search questions" }).fill("backpressure");
  const first = page.getByRole("option").first();
  await expect(first).toContainText(/backpressure/i);
  const title = (await first.locator(".search-result-title").textContent()) ?? "";
  await first.tap();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
});

test("search closes with its Close button, as a phone has no Escape key", async ({ page }) => {
  await page.goto("/");
  await expect(async () => {
    await page.getByRole("link", { name: /^Search/ }).tap();
    await expect(page.getByRole("dialog")).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await page.getByRole("button", { name: "Close" }).tap();
  await expect(page.getByRole("dialog")).toBeHidden();
});

test("practice: reveal and grade by tap, with 44 px controls and no keyboard hints", async ({ page }) => {
  await page.goto("/practice?q=event-loop-phases");
  await expect(page.getByRole("button", { name: "Keyboard shortcuts" })).toBeHidden();
  const reveal = page.getByRole("button", { name: /Reveal the answer/ });
  expect((await box(reveal)).height).toBeGreaterThanOrEqual(44);
  await reveal.tap();
  const grades = page.getByRole("group", { name: "How well did you answer?" }).getByRole("button");
  await expect(grades).toHaveCount(4);
  for (const grade of await grades.all()) expect((await box(grade)).height).toBeGreaterThanOrEqual(44);
  await expect(grades.first().locator("kbd")).toBeHidden();
  await page.getByRole("button", { name: /^Good/ }).tap();
  await expect(page.locator(".card-kicker")).toHaveText(/Follow-up 1 of/);
  await expect.poll(async () => (await storedProgress(page))?.cards["event-loop-phases"]?.lastRating).toBe("good");
});

test("mock: both clocks share one bar below the header that never covers the question", async ({ page }) => {
  await page.goto(`/mock?${oneQuestion}`);
  const start = page.getByRole("button", { name: "Start the mock interview" });
  expect((await box(start)).height).toBeGreaterThanOrEqual(44);
  await start.tap();
  const header = page.getByRole("banner");
  const bar = page.locator(".clocks");
  const heading = page.getByRole("heading", { level: 2 });
  await expect(heading).toBeFocused();
  const clocks = [page.getByTestId("question-clock"), page.getByTestId("overall-clock")];
  for (const clock of clocks) await expect(clock).toBeInViewport();
  expect((await box(heading)).y).toBeGreaterThanOrEqual((await box(bar)).y + (await box(bar)).height);
  // One row: both clocks on the same line.
  expect(Math.abs((await box(clocks[0]!)).y - (await box(clocks[1]!)).y)).toBeLessThan(4);

  await page.getByLabel("Your notes").tap();
  await page.mouse.wheel(0, 600);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const headerBox = await box(header);
  // Stuck just below the header: neither under it nor leaving a gap.
  await expect.poll(async () => Math.abs((await box(bar)).y - (headerBox.y + headerBox.height))).toBeLessThan(2);
  for (const clock of clocks) await expect(clock).toBeInViewport();
});

test("mock report: one column on a phone, graded by tap", async ({ page }) => {
  await page.goto(`/mock?${oneQuestion}`);
  await page.getByRole("button", { name: "Start the mock interview" }).tap();
  await page.getByLabel("Your notes").fill("timers, poll, check");
  await page.getByRole("button", { name: /Done, finish/ }).tap();
  await expect(page.getByRole("heading", { name: "Interview report" })).toBeVisible();
  await page.locator(".report-answer > summary").tap();
  const notes = await box(page.getByRole("heading", { name: "Your notes", level: 4 }));
  const model = await box(page.getByRole("heading", { name: "Model answer", level: 4 }));
  expect(model.x).toBe(notes.x);
  expect(model.y).toBeGreaterThan(notes.y);
  await page.locator(".report-grade").getByRole("button", { name: "Good" }).tap();
  await expect(page.locator(".report [role=status]")).toHaveText(
    "Saved to your mock history; grades were added to your practice schedule.",
  );
});

test("mock report: the summary comes first and the page stays short", async ({ page }) => {
  await page.goto(`/mock?${oneQuestion}`);
  await page.getByRole("button", { name: "Start the mock interview" }).tap();
  await page.getByRole("button", { name: /Done, finish/ }).tap();
  await page.locator(".report-grade").getByRole("button", { name: "Again" }).tap();
  const summary = await box(page.locator(".report-summary"));
  const firstAnswer = await box(page.locator(".report-question").first());
  expect(summary.y).toBeLessThan(firstAnswer.y);
  await expect(page.getByRole("link", { name: "Practise this question" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(3000);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("the menu closes on Escape and gives focus back, and closes on a tap outside", async ({ page }) => {
  await page.goto("/plan");
  const menuButton = page.getByLabel("Menu", { exact: true });
  const menu = page.getByRole("navigation", { name: "Site menu" });
  await expect(page.locator(".nav-menu-panel a[aria-current=page]")).toHaveText("Plan");
  await menuButton.tap();
  await expect(menu).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(menuButton).toBeFocused();
  await menuButton.tap();
  await expect(menu).toBeVisible();
  // Well left of and below the panel, on the page's text.
  await page.touchscreen.tap(20, 700);
  await expect(menu).toBeHidden();
});

test("/questions: results come first, and the filters open with a tag found by typing", async ({ page }) => {
  await page.goto("/questions");
  await expect(page.locator("[data-question]").first()).toBeInViewport();
  await expect(page.getByRole("checkbox", { name: "advanced", exact: true })).toBeHidden();
  const toggle = page.getByRole("button", { name: /^Filters/ });
  await toggle.tap();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await page.locator(".tag-picker summary").tap();
  await page.getByLabel("Find a tag").fill("worker");
  await expect(page.getByRole("checkbox", { name: "Buffers and binary data", exact: true })).toHaveCount(0);
  await page.getByRole("checkbox", { name: "Worker threads", exact: true }).tap();
  await expect(page).toHaveURL(/\/questions\?tag=worker-threads$/);
  await expect(toggle).toHaveText("Filters (1)");
  const visible = page.locator("[data-question]:visible");
  await expect(visible.first()).toBeVisible();
  for (const item of await visible.all()) await expect(item).toHaveAttribute("data-tags", /(^| )worker-threads( |$)/);
});

test("practise bookmarks: bookmark a question, then tap the bookmarked scope on practice", async ({ page }) => {
  await page.goto("/q/buffers");
  const title = (await page.locator("h1").textContent())!;
  await page.getByRole("button", { name: "☆ Bookmark" }).tap();
  await expect(page.getByRole("button", { name: "★ Bookmarked" })).toHaveAttribute("aria-pressed", "true");
  await page.goto("/practice");
  await page.getByRole("link", { name: "the questions you bookmarked" }).tap();
  await expect(page.getByText("Question 1 of 1")).toBeVisible();
  await expect(page.locator("#card-heading")).toHaveText(title);
});
