import { gzipSync } from "node:zlib";
import type { Page } from "@playwright/test";
import { expect, storedProgress, test } from "./fixtures";

const id = "event-loop-phases";
const damaged =
  "Nothing was imported from the transfer link: The transfer link is damaged or incomplete (it may have been cut off when it was copied). Nothing was changed; make a new link on the other device.";

/** A card as the scheduler stores it after one Good. */
const card = (updatedAt: string) => ({
  due: "2026-12-01T00:00:00.000Z",
  stability: 3.2,
  difficulty: 5.1,
  elapsedDays: 0,
  scheduledDays: 3,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state: 2,
  lastRating: "good",
  updatedAt,
});

const record = (cards: Record<string, unknown>, log: unknown[] = [], extra: Record<string, unknown> = {}) => ({
  version: 4,
  cards,
  removed: {},
  log,
  daysBeforeLog: {},
  settings: { grading: "four", updatedAt: "2026-11-01T00:00:00Z" },
  ...extra,
});

/** Stores a progress record from another page, so the next visit to /progress is a fresh load. */
async function seed(page: Page, progress: unknown) {
  await page.goto("/");
  await page.evaluate((text) => localStorage.setItem("followup:progress", text), JSON.stringify(progress));
}

/** A link carrying `json` as the app writes one: gzip, then base64url, in the fragment. */
const linkFor = (json: unknown) => `/progress#transfer=1.${gzipSync(JSON.stringify(json)).toString("base64url")}`;

/** The data panel's error line (Next keeps an empty alert region of its own on every page). */
const refusal = (page: Page) => page.getByRole("region", { name: "Your data" }).getByRole("alert");

async function openTransfer(page: Page) {
  await page.getByRole("button", { name: "Move to another device" }).click();
  const dialog = page.getByRole("dialog", { name: "Move to another device" });
  await expect(dialog.getByRole("textbox", { name: "Transfer link" })).toHaveValue(/#transfer=1\./);
  return dialog;
}

test("a transfer link carries progress into a fresh browser, which asks before merging it", async ({
  page,
  browser,
}) => {
  await seed(page, record({ [id]: card("2026-11-20T10:00:00.000Z") }));
  await page.goto("/progress");
  const dialog = await openTransfer(page);
  await expect(dialog.getByRole("img", { name: "QR code of the transfer link" })).toBeVisible();
  const link = await dialog.getByRole("textbox", { name: "Transfer link" }).inputValue();

  const other = await browser.newContext();
  try {
    const phone = await other.newPage();
    await phone.goto(link);
    await expect(phone.getByText(/The transfer link holds practice progress \(1 card\), .*made on/)).toBeVisible();
    expect(new URL(phone.url()).hash).toBe("");
    expect(await storedProgress(phone)).toBeNull();
    await phone.getByRole("button", { name: "Merge with what is here" }).click();
    await expect(phone.getByRole("status").filter({ hasText: "Imported 1 card of 1." })).toBeVisible();
    expect((await storedProgress(phone)).cards[id]).toEqual(card("2026-11-20T10:00:00.000Z"));
  } finally {
    await other.close();
  }
});

test("replacing from a transfer link keeps what was here under Backups", async ({ page }) => {
  await seed(page, record({ "what-is-nodejs": card("2026-11-21T10:00:00.000Z") }));
  await page.goto(linkFor({ format: "followup-progress", data: record({ [id]: card("2026-11-20T10:00:00.000Z") }) }));
  await page.getByRole("button", { name: "Replace what is here with this link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "what was here is kept under Backups" })).toBeVisible();
  expect(Object.keys((await storedProgress(page)).cards)).toEqual([id]);
});

for (const [name, link] of [
  ["truncated", () => linkFor({ format: "followup-progress", data: record({}) }).slice(0, -8)],
  ["corrupt", () => "/progress#transfer=1.H4sIAAAAAAAAA-not-really-gzip"],
  ["hostile", () => "/progress#transfer=1.<img src=x onerror=alert(1)>"],
] as const) {
  test(`a ${name} transfer link is refused and nothing stored changes`, async ({ page }) => {
    const before = record({ [id]: card("2026-11-20T10:00:00.000Z") });
    await seed(page, before);
    await page.goto(link());
    await expect(refusal(page)).toHaveText(damaged);
    expect(new URL(page.url()).hash).toBe("");
    expect(await storedProgress(page)).toEqual(before);
  });
}

test("an intact link whose export would erase grades is refused with the field named", async ({ page }) => {
  const before = record({ [id]: card("2026-11-20T10:00:00.000Z") });
  await seed(page, before);
  await page.goto(
    linkFor({ format: "followup-progress", data: record({}, [], { clearedAt: "2099-01-01T00:00:00Z" }) }),
  );
  await expect(refusal(page)).toContainText("Nothing was imported from the transfer link: data.clearedAt");
  expect(await storedProgress(page)).toEqual(before);
});

test("progress too large for one QR code is offered as a file instead", async ({ page }) => {
  const cards = Object.fromEntries(
    // Varied figures, as real cards have, so the export does not compress to almost nothing.
    Array.from({ length: 120 }, (_, i) => [
      `question-${i}`,
      { ...card(new Date(Date.UTC(2026, 10, 1) + i * 3_601_234).toISOString()), stability: 1 + (i * 7.31) / 3 },
    ]),
  );
  await seed(page, record(cards));
  await page.goto("/progress");
  const dialog = await openTransfer(page);
  await expect(dialog).toContainText("Your progress is too large for one QR code.");
  await expect(dialog.getByRole("img", { name: "QR code of the transfer link" })).toHaveCount(0);
  const download = page.waitForEvent("download");
  await dialog.getByRole("button", { name: "Send as a file" }).click();
  expect((await download).suggestedFilename()).toMatch(/^followup-progress-\d{4}-\d{2}-\d{2}\.json$/);
});
