import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, storedProgress, test } from "./fixtures";

const id = "event-loop-phases";
const other = "what-is-nodejs";

/** A progress record whose reset lies far in the future: it would block every later grade. */
const futureReset = {
  version: 4,
  cards: {},
  removed: {},
  log: [],
  daysBeforeLog: {},
  settings: { grading: "four", updatedAt: "2026-12-01T00:00:00Z" },
  clearedAt: "2099-01-01T00:00:00Z",
};

async function grade(page: Page, question: string) {
  await page.goto(`/practice?q=${question}`);
  const reveal = page.getByRole("button", { name: /Reveal the answer/ });
  // A session left open by an earlier grade asks whether to resume it or start what the link names.
  const start = page.getByRole("button", { name: "Start this question" });
  await expect(reveal.or(start)).toBeVisible();
  if (await start.isVisible()) await start.click();
  await reveal.click();
  await page.getByRole("button", { name: /^Good/ }).click();
  await expect.poll(async () => (await storedProgress(page))?.cards[question]?.lastRating).toBe("good");
}

async function chooseFile(page: Page, name: string, text: string) {
  await page.locator('input[type="file"]').setInputFiles({
    name,
    mimeType: "application/json",
    buffer: Buffer.from(text),
  });
}

test("an import whose reset lies in the future is refused with its field named, and grading still works", async ({
  page,
}) => {
  await grade(page, id);
  await page.goto("/progress");
  const cleared = { format: "followup-progress", data: futureReset };
  await chooseFile(page, "cleared.json", JSON.stringify(cleared));
  await expect(page.getByRole("alert").filter({ hasText: "Nothing was imported from cleared.json" })).toContainText(
    "data.clearedAt: must not be later than now.",
  );
  const after = await storedProgress(page);
  expect([Object.keys(after.cards), after.clearedAt]).toEqual([[id], undefined]);
  await grade(page, other);
  expect(Object.keys((await storedProgress(page)).cards).sort()).toEqual([id, other].sort());
});

const recordKeys = {
  data: "followup:progress",
  plan: "followup:plan",
  notes: "followup:notes",
  bookmarks: "followup:bookmarks",
};

/** Every record this browser holds, by its name in an export file. */
async function storedRecords(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate((keys) => {
    const read = (key: string) => JSON.parse(localStorage.getItem(key) ?? "null");
    return Object.fromEntries(Object.entries(keys).map(([name, key]) => [name, read(key)]));
  }, recordKeys);
}

/** Grades two questions through the app, then gives this browser a plan, a note and a bookmark. */
async function seed(page: Page) {
  await grade(page, id);
  await grade(page, other);
  await page.evaluate(() => {
    const at = new Date(Date.now() - 60_000).toISOString();
    localStorage.setItem(
      "followup:plan",
      JSON.stringify({
        version: 2,
        date: "2027-03-01",
        scope: { tracks: [], sections: [] },
        minutesPerDay: 30,
        dayStartHour: 4,
        parameters: null,
        updatedAt: at,
      }),
    );
    localStorage.setItem(
      "followup:notes",
      JSON.stringify({ version: 1, items: { "event-loop-phases": { text: "timers first", updatedAt: at } } }),
    );
    localStorage.setItem(
      "followup:bookmarks",
      JSON.stringify({ version: 1, items: { "what-is-nodejs": { marked: true, updatedAt: at } } }),
    );
  });
}

async function exportFile(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export progress" }).click(),
  ]);
  return readFile((await download.path())!, "utf8");
}

async function resetAll(page: Page) {
  await page.getByRole("button", { name: "Reset progress…" }).click();
  for (const name of [/interview plan/, /notes/, /bookmarks/]) await page.getByRole("checkbox", { name }).check();
  await page.getByRole("button", { name: "Erase" }).click();
  await expect(page.getByRole("status")).toContainText(
    "Erased practice progress, interview plan, notes, bookmarks. A copy is kept under Backups.",
  );
}

const fileRecords = (text: string) => {
  const { data, plan, notes, bookmarks } = JSON.parse(text);
  return { data, plan, notes, bookmarks };
};

test("export, reset, import with replace: every stored record is as exported", async ({ page }) => {
  await seed(page);
  await page.goto("/progress");
  const file = await exportFile(page);
  await resetAll(page);
  expect((await storedProgress(page)).cards).toEqual({});
  await chooseFile(page, "export.json", file);
  await expect(page.locator(".import-choice")).toContainText(
    "export.json holds practice progress (2 cards), interview plan, notes, bookmarks.",
  );
  await page.getByRole("button", { name: "Replace what is here with this file" }).click();
  await expect(page.getByRole("status")).toContainText("Progress replaced with the file's 2 cards");
  expect(await storedRecords(page)).toEqual(fileRecords(file));
});

test("export, reset, restore each backup the reset kept: every stored record is as exported", async ({ page }) => {
  await seed(page);
  await page.goto("/progress");
  const file = await exportFile(page);
  await resetAll(page);
  const kept = page.locator(".backups li").filter({ hasText: "before a reset" });
  await expect(kept).toHaveCount(4);
  // Copies kept in the same millisecond may list in any order, so each is found by its record's name.
  for (const label of ["Practice progress", "Interview plan", "Notes", "Bookmarks"]) {
    const row = page.locator(".backups li").filter({ hasText: "before a reset" }).filter({ hasText: label });
    await row.getByRole("button", { name: "Restore" }).click();
    await expect(page.getByRole("status")).toContainText(`${label} restored; what was there is kept under Backups.`);
  }
  expect(await storedRecords(page)).toEqual(fileRecords(file));
});

test("the reset form counts questions started, with a follow-up's grade under its question", async ({ page }) => {
  await grade(page, id);
  // The session goes on to the question's first follow-up: a second step of the same question.
  await page.getByRole("button", { name: /Reveal the answer/ }).click();
  await page.getByRole("button", { name: /^Good/ }).click();
  await expect.poll(async () => Object.keys((await storedProgress(page)).cards).length).toBe(2);
  await page.goto("/progress");
  await page.getByRole("button", { name: "Reset progress…" }).click();
  await expect(page.locator(".reset-form")).toContainText("1 question started, 2 grades in the log");
});

test("a reset's Undo puts every record back", async ({ page }) => {
  await seed(page);
  await page.goto("/progress");
  const before = await storedRecords(page);
  await resetAll(page);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status")).toContainText("The reset was undone.");
  expect(await storedRecords(page)).toEqual(before);
});

test("a downloaded backup imports like an export", async ({ page }) => {
  await seed(page);
  await page.goto("/progress");
  const file = await exportFile(page);
  await resetAll(page);
  const row = page
    .locator(".backups li")
    .filter({ hasText: "Practice progress" })
    .filter({ hasText: "before a reset" });
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    row.getByRole("button", { name: "Download" }).click(),
  ]);
  await chooseFile(page, "backup.json", await readFile((await download.path())!, "utf8"));
  await page.getByRole("button", { name: "Replace what is here with this file" }).click();
  expect((await storedRecords(page)).data).toEqual(fileRecords(file).data);
});

test("a merge into a browser with its own newer grades keeps them and adds the file's reviews", async ({
  page,
  browser,
}) => {
  await grade(page, id);
  await page.goto("/progress");
  const file = await exportFile(page);
  const theirs = JSON.parse(file).data;
  const mine = await (await browser.newContext()).newPage();
  await grade(mine, other);
  await grade(mine, id);
  const before = await storedProgress(mine);
  await mine.goto("/progress");
  await chooseFile(mine, "theirs.json", file);
  await mine.getByRole("button", { name: "Merge with what is here" }).click();
  await expect(mine.getByRole("status")).toContainText("Imported 0 cards of 1. 1 card older than yours here");
  const after = await storedProgress(mine);
  const byTime = (a: { time: number }, b: { time: number }) => a.time - b.time;
  expect([after.cards, after.log]).toEqual([before.cards, [...before.log, ...theirs.log].sort(byTime)]);
});

test("the import question and the reset form pass axe", async ({ page }) => {
  await grade(page, id);
  await page.goto("/progress");
  await page.getByRole("button", { name: "Reset progress…" }).click();
  await chooseFile(page, "export.json", await exportFile(page));
  await expect(page.getByRole("button", { name: "Merge with what is here" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a stored reset in the future is set aside on load with a backup, and grades are kept again", async ({ page }) => {
  await page.addInitScript((record) => {
    if (sessionStorage.getItem("seeded")) return;
    sessionStorage.setItem("seeded", "1");
    localStorage.setItem("followup:progress", JSON.stringify(record));
  }, futureReset);
  await page.goto("/progress");
  await expect(page.getByText(/clearedAt: must not be later than now\) and was set aside/)).toBeVisible();
  await expect(page.locator(".backups li")).toHaveCount(1);
  await grade(page, id);
  expect((await storedProgress(page)).clearedAt).toBeUndefined();
});
