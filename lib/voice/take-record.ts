import * as z from "zod/mini";

/** The version of a stored take's fields; a take written by a later version is kept and left alone. */
export const takeSchemaVersion = 1;

/** How many takes of one question are kept; saving a fourth removes the oldest. */
export const takesPerQuestion = 3;

/** What is stored with each take besides its audio. `transcript` is reserved for a later version. */
export const takeMetaSchema = z.object({
  id: z.string().check(z.minLength(1)),
  questionId: z.string().check(z.minLength(1)),
  /** The start time of the mock interview it was recorded in; absent for practice takes. */
  mockStartedAt: z.optional(z.string()),
  createdAt: z.number().check(z.int(), z.nonnegative()),
  durationMs: z.number().check(z.nonnegative()),
  mimeType: z.string(),
  bytes: z.number().check(z.int(), z.nonnegative()),
  schemaVersion: z.number().check(z.int(), z.positive()),
  transcript: z.optional(z.string()),
});

export type TakeMeta = z.infer<typeof takeMetaSchema>;
export type Take = TakeMeta & { blob: Blob };

export type DecodedTake =
  { kind: "take"; take: Take } | { kind: "newer"; id: string } | { kind: "invalid"; id: string; problem: string };

const unknownMime = "application/octet-stream";

/**
 * The MIME type to store: what the recorder reported, lower-cased, or a generic type when it named
 * none or something that is not a media type, so a take is never refused for its label.
 */
export function normaliseMime(raw: string | undefined): string {
  const type = (raw ?? "").trim().toLowerCase();
  return /^(audio|video)\/[a-z0-9.+-]+(\s*;.*)?$/.test(type) ? type : unknownMime;
}

const describe = (issues: readonly { path: readonly PropertyKey[]; message: string }[]) =>
  issues.map((i) => `${i.path.map(String).join(".") || "record"}: ${i.message}`).join("; ");

/**
 * Checks one stored item. A newer version's take is reported apart, so callers keep it untouched;
 * an item that fails the check is named with its fields' problems and is never deleted here.
 */
export function decodeTake(raw: unknown): DecodedTake {
  const id = typeof raw === "object" && raw !== null && "id" in raw ? String(raw.id) : "(no id)";
  const version = typeof raw === "object" && raw !== null && "schemaVersion" in raw ? raw.schemaVersion : undefined;
  if (typeof version === "number" && version > takeSchemaVersion) return { kind: "newer", id };
  const parsed = takeMetaSchema.safeParse(raw);
  if (!parsed.success) return { kind: "invalid", id, problem: describe(parsed.error.issues) };
  const blob = (raw as { blob?: unknown }).blob;
  if (!(blob instanceof Blob)) return { kind: "invalid", id, problem: "blob: not audio data" };
  return { kind: "take", take: { ...parsed.data, blob } };
}

/** The ids to remove so that, with one more take saved, a question keeps at most `keep` takes. */
export function takesToPrune(existing: readonly Pick<TakeMeta, "id" | "createdAt">[], keep = takesPerQuestion) {
  const newestFirst = [...existing].sort((a, b) => b.createdAt - a.createdAt);
  return newestFirst.slice(Math.max(keep - 1, 0)).map((t) => t.id);
}
