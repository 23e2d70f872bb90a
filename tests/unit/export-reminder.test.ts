import { expect, test } from "vitest";
import { dataCareRecord, markDataCare } from "@/lib/pwa/data-care-record";
import { practiceDaysSince, reminderDue } from "@/lib/pwa/export-reminder";

const dayOf = (at: Date) => at.toISOString().slice(0, 10);
/** One review on each of `n` days from 1 November 2026. */
const practised = (n: number) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`2026-11-${String(i + 1).padStart(2, "0")}`, 1]));
const never = dataCareRecord.empty();

test("fourteen practice days without any export bring the reminder", () => {
  expect(reminderDue(never, practised(14), dayOf)).toBe(true);
});

test("thirteen practice days do not", () => {
  expect(reminderDue(never, practised(13), dayOf)).toBe(false);
});

test("only practice days after the last export count", () => {
  const exported = markDataCare(never, "exported", new Date("2026-11-10T12:00:00Z"));
  expect(practiceDaysSince(exported, practised(20), dayOf)).toBe(10);
});

test("putting the reminder away starts the count again from that day", () => {
  const dismissed = markDataCare(never, "dismissed", new Date("2026-11-15T12:00:00Z"));
  expect(reminderDue(dismissed, practised(20), dayOf)).toBe(false);
});

test("days without a review do not count", () => {
  expect(practiceDaysSince(never, { "2026-11-01": 0, "2026-11-02": 3 }, dayOf)).toBe(1);
});

test("turned off, the reminder never shows", () => {
  const off = markDataCare(never, "reminders", new Date("2026-11-01T12:00:00Z"), true);
  expect(reminderDue(off, practised(60), dayOf)).toBe(false);
});

test("a stored reminder setting that is not a yes or no is set aside, naming the field", () => {
  const decoded = dataCareRecord.decode({
    version: 1,
    items: { reminders: { off: "no", updatedAt: "2026-11-01T00:00:00Z" } },
  });
  expect(decoded).toMatchObject({ kind: "ok", setAside: [expect.stringMatching(/^items\.reminders\.off: /)] });
});
