import "client-only";
import * as z from "zod/mini";
import { browserRecord, pastIsoDate, datedMapRecord, type DatedMap } from "@/lib/storage/client";

/**
 * This browser's own dates for the export reminder: "exported" (the last export, file or
 * transfer link), "dismissed" (the last time the reminder was put away) and "reminders" (whether
 * it is on). Local to the browser, so not part of an export.
 */
function buildMarkSchema() {
  return z.object({
    off: z.optional(z.boolean()),
    updatedAt: pastIsoDate(),
  });
}

export type DataCare = DatedMap<z.infer<ReturnType<typeof buildMarkSchema>>>;
export type DataCareMark = "exported" | "dismissed" | "reminders";

export const dataCareRecord = datedMapRecord({
  key: "followup:data-care",
  label: "Export reminder",
  version: 1,
  item: buildMarkSchema,
});

export const getDataCareStore = browserRecord(dataCareRecord);

export function markDataCare(care: DataCare, mark: DataCareMark, now: Date, off?: boolean): DataCare {
  const item = off === undefined ? { updatedAt: now.toISOString() } : { off, updatedAt: now.toISOString() };
  return { ...care, items: { ...care.items, [mark]: item } };
}

/** Records an export through the storage module; best-effort, as the export itself has happened. */
export function noteExport(now = new Date()): void {
  void getDataCareStore().update((care) => markDataCare(care, "exported", now));
}
