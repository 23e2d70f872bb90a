import { migrate } from "./migrate";
import { progressSchema, type Progress } from "./schema";
import { describeIssue } from "./store";

const format = "followup-progress";

export function exportProgress(progress: Progress, now: Date): string {
  return JSON.stringify({ format, exportedAt: now.toISOString(), data: progress }, null, 2);
}

export type ImportResult = { ok: true; progress: Progress } | { ok: false; error: string };

/** Validates an export file completely before anything is merged; a bad file changes nothing. */
export function parseImport(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: "The file is not valid JSON." };
  }
  const envelope = json as { format?: unknown; data?: unknown } | null;
  if (typeof envelope !== "object" || envelope === null || envelope.format !== format) {
    return {
      ok: false,
      error: 'The file is not a Followup progress export (its "format" field is missing or different).',
    };
  }
  const migrated = migrate(envelope.data);
  if (migrated.kind === "newer") {
    return {
      ok: false,
      error: `The file comes from a newer version of Followup (data version ${migrated.version}); update first.`,
    };
  }
  if (migrated.kind === "unknown") return { ok: false, error: "The file's data has no version this app knows." };
  const parsed = progressSchema.safeParse(migrated.kind === "current" ? migrated.raw : migrated.value);
  if (!parsed.success) return { ok: false, error: `The file's data is invalid at ${describeIssue(parsed.error)}.` };
  return { ok: true, progress: parsed.data };
}
