import "client-only";
import type { ProgressStore } from "./progress-store";
import { resetProgress, type ImportOutcome } from "./progress-transfer";
import type { Companion } from "./transfer-all";

export type ResetOutcome =
  { ok: true; message: string; undo: () => Promise<ImportOutcome> } | { ok: false; error: string };

/**
 * Erases progress and the companions chosen by name, each after a copy is kept; stops at the
 * first that cannot be copied. The undo puts back exactly what this tab held before.
 */
export async function resetData(
  progress: ProgressStore,
  companions: Companion[],
  chosen: readonly string[],
): Promise<ResetOutcome> {
  const before = progress.getSnapshot().value;
  const parts = companions.filter((c) => chosen.includes(c.name)).map((c) => ({ c, value: c.value() }));
  const outcome = await resetProgress(progress);
  if (outcome === "no-copy") {
    return { ok: false, error: "Nothing was reset: no copy of your progress could be kept first (storage is full)." };
  }
  const erased = ["practice progress"];
  const problems: string[] = outcome === "saved" ? [] : ["practice progress was reset in this tab only"];
  for (const { c } of parts) {
    const done = c.reset();
    if (done === "no-copy") problems.push(`${c.label.toLowerCase()} was kept: no copy of it could be kept first`);
    else erased.push(c.label.toLowerCase());
  }
  const undo = async (): Promise<ImportOutcome> => {
    if (!progress.keepCopy("before an undo")) {
      return { ok: false, error: "Nothing was undone: no copy of the current data could be kept (storage is full)." };
    }
    progress.replace(() => before);
    const notes = await Promise.all(parts.map(({ c, value }) => c.load(value, "replace")));
    return { ok: true, message: `The reset was undone. ${notes.join(" ")}` };
  };
  const message = `Erased ${erased.join(", ")}. A copy is kept under Backups.`;
  return { ok: true, message: problems.length > 0 ? `${message} But ${problems.join("; ")}.` : message, undo };
}
