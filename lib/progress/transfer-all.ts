import "client-only";
import type { RecordKind, RecordStore, StoreMode } from "@/lib/storage/client";
import type { ProgressStore } from "./progress-store";
import { importProgress, type ImportMode, type ImportOutcome } from "./progress-transfer";
import { exportProgress, parseImport, readExportFile } from "./transfer";

/** A record exported beside progress, under its own name in the export file. */
export interface Companion {
  name: string;
  label: string;
  value(): unknown;
  /** Merges the file's copy into the store, or replaces the store with it; says what happened, in a sentence. */
  load(json: unknown, mode: ImportMode): Promise<string>;
  /** Empties the record in every tab after keeping a copy; "no-copy" when none could be kept. */
  reset(): StoreMode | "no-copy";
}

export function companion<T>(name: string, kind: RecordKind<T>, store: RecordStore<T>): Companion {
  return {
    name,
    label: kind.label,
    value: () => store.getSnapshot().value,
    async load(json, mode) {
      const decoded = kind.decode(json);
      if (decoded.kind === "newer") {
        return `${kind.label} left out: it comes from a newer version (data version ${decoded.version}).`;
      }
      if (decoded.kind === "unreadable") return `${kind.label} left out: ${decoded.why}.`;
      if (store.getSnapshot().mode === "read-only") return `${kind.label} left out: it is read-only in this tab.`;
      const reason = mode === "replace" ? "before a restore" : "before an import";
      if (!store.keepCopy(reason)) return `${kind.label} left out: no copy of yours could be kept first.`;
      const saved =
        mode === "replace"
          ? store.replace(() => decoded.value)
          : await store.update((value) => kind.merge(value, decoded.value).value);
      const n = decoded.setAside.length;
      const skipped = n > 0 ? ` (${n} invalid item${n === 1 ? "" : "s"} skipped, first: ${decoded.setAside[0]})` : "";
      const done = mode === "replace" ? "replaced" : "merged";
      return saved === "saved"
        ? `${kind.label} ${done}${skipped}.`
        : `${kind.label} ${done} in this tab only: storage refused the write.`;
    },
    reset() {
      if (!store.keepCopy("before a reset")) return "no-copy";
      return store.replace(() => kind.empty());
    },
  };
}

/** Progress and its companions in one file, so one export keeps everything this browser holds. */
export function exportAll(progress: ProgressStore, companions: Companion[], now: Date): string {
  const extras = Object.fromEntries(companions.map((c) => [c.name, c.value()]));
  return exportProgress(progress.getSnapshot().value, now, extras);
}

/**
 * What a file would import, in words, before anything is asked or changed: "practice progress
 * (5 cards), Interview plan, Notes"; or why it cannot be imported at all.
 */
export function describeImport(text: string, companions: Companion[]): ImportOutcome {
  const file = readExportFile(text);
  if (!file.ok) return file;
  const parts: string[] = [];
  if ("data" in file.value) {
    const parsed = parseImport(text);
    if (!parsed.ok) return parsed;
    const n = Object.keys(parsed.progress.cards).length;
    parts.push(`practice progress (${n} card${n === 1 ? "" : "s"})`);
  }
  for (const c of companions) if (c.name in file.value) parts.push(c.label.toLowerCase());
  if (parts.length === 0) return { ok: false, error: "The file holds no progress and no other records." };
  return { ok: true, message: parts.join(", ") };
}

/**
 * Imports progress (when the file holds it), then each companion the file holds, by merging or
 * by replacing. A record the file does not hold is left as it is.
 */
export async function importAll(
  text: string,
  progress: ProgressStore,
  companions: Companion[],
  mode: ImportMode = "merge",
): Promise<ImportOutcome> {
  const described = describeImport(text, companions);
  if (!described.ok) return described;
  const file = readExportFile(text);
  if (!file.ok) return file;
  const parts: string[] = [];
  if ("data" in file.value) {
    const outcome = await importProgress(progress, text, mode);
    if (!outcome.ok) return outcome;
    parts.push(outcome.message);
  }
  for (const c of companions) if (c.name in file.value) parts.push(await c.load(file.value[c.name], mode));
  return { ok: true, message: parts.join(" ") };
}
