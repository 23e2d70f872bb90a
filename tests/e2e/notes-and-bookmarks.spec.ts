import { expect, expectNoAxeViolationsInBothThemes, pressUntil, test } from "./fixtures";

const id = "event-loop-phases";
const note = "Phases run in order.\nTimers first, then `setImmediate` in check.";

test("a bookmarked question is found under the Bookmarked filter and practised as a scope", async ({ page }) => {
  await page.goto(`/q/${id}`);
  const title = (await page.locator("h1").textContent())!;
  await page.getByRole("button", { name: "☆ Bookmark" }).click();
  await expect(page.getByRole("button", { name: "★ Bookmarked" })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("link", { name: "All questions" }).first().click();
  await page.getByRole("checkbox", { name: "Bookmarked" }).check();
  await expect(page.getByRole("status").filter({ hasText: /^Showing/ })).toContainText("Showing 1 of");
  await page.getByRole("link", { name: "Practise these bookmarked questions" }).click();
  await expect(page).toHaveURL(new RegExp(`/practice\\?q=${id}$`));
  await expect(page.locator("#card-heading")).toHaveText(title);
  await expect(page.getByText("Question 1 of 1")).toBeVisible();
});

test("a note survives a reload, shows in practice after reveal and reaches another tab", async ({ page, context }) => {
  await page.goto(`/q/${id}`);
  const other = await context.newPage();
  await other.goto(`/q/${id}`);
  await expect(other.getByText("No note yet.")).toBeVisible();
  await page.getByRole("button", { name: "Write a note" }).click();
  await page.getByRole("textbox", { name: /Your note on/ }).fill(note);
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.locator(".note-status")).toHaveText("Saved");
  await expect(other.locator(".question-notes code")).toHaveText("setImmediate");
  await page.reload();
  await expect(page.locator(".question-notes .note-text")).toHaveText(
    "Phases run in order.Timers first, then setImmediate in check.",
  );
  await expect(page.locator(".question-notes .note-text br")).toHaveCount(1);
  await page.getByRole("link", { name: "Practise this question" }).click();
  await expect(page.locator(".saved-note")).toHaveCount(0);
  await page.getByRole("button", { name: /Reveal the answer/ }).click();
  await expect(page.locator(".saved-note code")).toHaveText("setImmediate");
  await page.getByRole("link", { name: "Edit your note on the question page" }).click();
  await expect(page).toHaveURL(new RegExp(`/q/${id}$`));
});

test("a hostile note is shown as text", async ({ page }) => {
  await page.goto(`/q/${id}`);
  await page.getByRole("button", { name: "Write a note" }).click();
  await page.getByRole("textbox", { name: /Your note on/ }).fill('<img src=x onerror="window.hacked=1">');
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.locator(".question-notes .note-text")).toHaveText('<img src=x onerror="window.hacked=1">');
  await expect(page.locator(".question-notes img")).toHaveCount(0);
});

// axe runs once per distinct markup, at phone size, in both themes (tests/README.md).
test("axe finds no violations on a question page with a note open at 390 px, in the light and dark themes", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto(`/q/${id}`);
  await page.getByRole("button", { name: "☆ Bookmark" }).click();
  await page.getByRole("button", { name: "Write a note" }).click();
  await page.getByRole("textbox", { name: /Your note on/ }).fill(note);
  await page.getByRole("button", { name: "Save note" }).click();
  await page.getByRole("button", { name: "Edit note" }).click();
  await expect(page.getByRole("textbox", { name: /Your note on/ })).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page);
});

test("the mock report shows each question's note read-only, with a link to edit it", async ({ page }) => {
  await page.goto("/mock?seed=test1234&n=1&m=5&t=10&d=2&auto=0&over=lock&sec=runtime&diff=intermediate");
  // A note on every question, so whichever one the seed picks has one.
  await page.evaluate(async () => {
    const deck = await (await fetch("/practice/deck.json")).json();
    const updatedAt = new Date().toISOString();
    const items = Object.fromEntries(
      deck.questions.map((q: { id: string }) => [q.id, { text: "Mention `nextTick` first.", updatedAt }]),
    );
    localStorage.setItem("followup:notes", JSON.stringify({ version: 1, items }));
  });
  await page.getByRole("button", { name: "Start the mock interview" }).click();
  await page.getByRole("button", { name: /Done, finish/ }).click();
  await page.locator(".report-answer > summary").click();
  await expect(page.locator(".report .saved-note code")).toHaveText("nextTick");
  await expect(page.locator(".report .saved-note textarea")).toHaveCount(0);
  await page.getByRole("link", { name: "Edit your note on the question page" }).click();
  await expect(page.locator(".question-notes code")).toHaveText("nextTick");
});

test("the bookmark and the note's state sit by the title, and its link jumps to the note", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/q/${id}`);
  const marks = page.locator(".question-meta .question-marks");
  await expect(marks.getByRole("button", { name: "☆ Bookmark" })).toBeInViewport();
  await expect(marks.getByRole("link", { name: "✎ Add a note" })).toBeInViewport();
  await page.getByRole("button", { name: "Write a note" }).click();
  await page.getByRole("textbox", { name: /Your note on/ }).fill(note);
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(marks.getByRole("link", { name: "✎ Your note" })).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await marks.getByRole("link", { name: "✎ Your note" }).click();
  await expect(page.getByRole("heading", { name: "Your note", level: 2 })).toBeInViewport();
});

test("the Has a note filter keeps only questions with a note", async ({ page }) => {
  await page.goto(`/q/${id}`);
  await page.getByRole("button", { name: "Write a note" }).click();
  await page.getByRole("textbox", { name: /Your note on/ }).fill(note);
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.locator(".note-status")).toHaveText("Saved");
  await page.goto("/questions");
  await page.getByRole("checkbox", { name: "Has a note" }).check();
  await expect(page).toHaveURL(/\/questions\?saved=noted$/);
  await expect(page.getByRole("status").filter({ hasText: /^Showing/ })).toContainText("Showing 1 of");
  await expect(page.locator(".filters [data-question]")).toHaveCount(1);
});

test("the search dialog finds note text in a Your notes group", async ({ page }) => {
  await page.goto(`/q/${id}`);
  await page.getByRole("button", { name: "Write a note" }).click();
  await page.getByRole("textbox", { name: /Your note on/ }).fill("Remember the zebra mnemonic for phases.");
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.locator(".note-status")).toHaveText("Saved");
  const box = page.getByRole("combobox", { name: "Search questions" });
  await pressUntil(page, "/", box);
  await box.pressSequentially("zebra");
  const group = page.getByRole("region", { name: "Your notes" });
  await expect(group.getByRole("link")).toHaveText((await page.locator("h1").textContent())!);
  await expect(group.locator("mark")).toHaveText("zebra");
  await group.getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Your note", level: 2 })).toBeInViewport();
});
