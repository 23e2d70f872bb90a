import "client-only";
import type { StoreMode } from "@/lib/storage/client";
import type { ProgressStore } from "./progress-store";
import { progressRecord } from "./record";
import { emptyProgress } from "./schema";
import { parseImport } from "./transfer";

export type ImportOutcome = { ok: true; message: string } | { ok: false; error: string };
/** Merge: newest wins, resets and removals count. Replace: a restore, the file wins outright. */
export type ImportMode = "merge" | "replace";

const cardsWord = (n: number) => `${n} card${n === 1 ? "" : "s"}`;

const skippedNote = (setAside: string[]) =>
  setAside.length > 0
    ? ` ${setAside.length} invalid item${setAside.length === 1 ? " was" : "s were"} skipped (first: ${setAside[0]}).`
    : "";

/**
 * Merges a valid export newest-wins per card, or replaces progress with it, and reports exactly
 * what was stored: cards older than the ones here are counted apart, and a failed write is an error.
 */
export async function importProgress(
  store: ProgressStore,
  text: string,
  mode: ImportMode = "merge",
): Promise<ImportOutcome> {
  if (store.getSnapshot().mode === "read-only") return { ok: false, error: "Progress is read-only in this tab." };
  const parsed = parseImport(text);
  if (!parsed.ok) return parsed;
  if (!store.keepCopy(mode === "replace" ? "before a restore" : "before an import")) {
    return {
      ok: false,
      error: "No copy of your current progress could be kept (storage is full), so nothing was imported.",
    };
  }
  const incoming = Object.entries(parsed.progress.cards);
  if (mode === "replace") {
    const saved = store.replace(() => parsed.progress);
    if (saved !== "saved") return { ok: false, error: notSaved(saved) };
    const message = `Progress replaced with the file's ${cardsWord(incoming.length)}; what was here is kept under Backups.`;
    return { ok: true, message: message + skippedNote(parsed.setAside) };
  }
  const saved = await store.update((progress) => progressRecord.merge(progress, parsed.progress).value);
  if (saved !== "saved") return { ok: false, error: notSaved(saved) };
  const cards = store.getSnapshot().value.cards;
  const stored = incoming.filter(([key, card]) => cards[key]?.updatedAt === card.updatedAt).length;
  const parts = [`Imported ${cardsWord(stored)} of ${incoming.length}.`];
  const older = incoming.length - stored;
  if (older > 0) {
    parts.push(
      `${cardsWord(older)} older than yours here, or than your last reset, ${older === 1 ? "was" : "were"} left out. To restore the file as it is, import it again and choose Replace.`,
    );
  }
  return { ok: true, message: parts.join(" ") + skippedNote(parsed.setAside) };
}

function notSaved(mode: "memory" | "read-only"): string {
  return mode === "memory"
    ? "The import could not be saved because browser storage refused the write; its cards are in this tab only. Export them, free some space and import again."
    : "Progress is read-only in this tab, so nothing was imported.";
}

/**
 * Erases progress in every tab; a copy of what was stored is kept first, or nothing is erased. The
 * reset replaces the record instead of merging into it, so its `clearedAt` is now, even over a
 * later one stored (within the clock skew), and a bad one is always undone.
 */
export async function resetProgress(store: ProgressStore): Promise<StoreMode | "no-copy"> {
  if (!store.keepCopy("before a reset")) return "no-copy";
  return store.replace((_, now) => ({ ...emptyProgress(), clearedAt: now.toISOString() }));
}
