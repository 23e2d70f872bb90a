import type { Page } from "@playwright/test";
import { expect, storedProgress, test } from "./fixtures";

const id = "event-loop-phases";
const other = "what-is-nodejs";

async function grade(page: Page, question: string) {
  await page.goto(`/practice?q=${question}`);
  await page.getByRole("button", { name: /Reveal the answer/ }).click();
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
  const cleared = {
    format: "followup-progress",
    data: {
      version: 4,
      cards: {},
      removed: {},
      log: [],
      daysBeforeLog: {},
      settings: { grading: "four", updatedAt: "2026-12-01T00:00:00Z" },
      clearedAt: "2099-01-01T00:00:00Z",
    },
  };
  await chooseFile(page, "cleared.json", JSON.stringify(cleared));
  await expect(page.getByRole("alert").filter({ hasText: "Nothing was imported from cleared.json" })).toContainText(
    "data.clearedAt: must not be later than now.",
  );
  const after = await storedProgress(page);
  expect([Object.keys(after.cards), after.clearedAt]).toEqual([[id], undefined]);
  await grade(page, other);
  expect(Object.keys((await storedProgress(page)).cards).sort()).toEqual([id, other].sort());
});
