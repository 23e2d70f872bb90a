import "client-only";
import type { RecordKind, RecordStore } from "../storage/record-store";
import type { ProgressStore } from "./progress-store";
import { importProgress, type ImportOutcome } from "./progress-transfer";
import { exportProgress } from "./transfer";

/** A record exported beside progress, under its own name in the export file. */
export interface Companion {
  name: string;
  value(): unknown;
  /** Merges the file's copy into the store; says what happened, in a sentence. */
  merge(json: unknown): Promise<string>;
}

export function companion<T>(name: string, kind: RecordKind<T>, store: RecordStore<T>): Companion {
  return {
    name,
    value: () => store.getSnapshot().value,
    async merge(json) {
      const decoded = kind.decode(json);
      if (decoded.kind === "newer") {
        return `${kind.label} left out: it comes from a newer version (data version ${decoded.version}).`;
      }
      if (decoded.kind === "unreadable") return `${kind.label} left out: ${decoded.why}.`;
      if (store.getSnapshot().mode === "read-only") return `${kind.label} left out: it is read-only in this tab.`;
      if (!store.keepCopy("before an import")) return `${kind.label} left out: no copy of yours could be kept first.`;
      const mode = await store.update((value) => kind.merge(value, decoded.value).value);
      const n = decoded.setAside.length;
      const skipped = n > 0 ? ` (${n} invalid item${n === 1 ? "" : "s"} skipped, first: ${decoded.setAside[0]})` : "";
      return mode === "saved"
        ? `${kind.label} merged${skipped}.`
        : `${kind.label} merged in this tab only: storage refused the write.`;
    },
  };
}

/** Progress and its companions in one file, so one export keeps everything this browser holds. */
export function exportAll(progress: ProgressStore, companions: Companion[], now: Date): string {
  const extras = Object.fromEntries(companions.map((c) => [c.name, c.value()]));
  return exportProgress(progress.getSnapshot().value, now, extras);
}

/**
 * Imports progress as before, then merges each companion the file holds. A file without them (an
 * older export) imports progress alone.
 */
export async function importAll(
  text: string,
  progress: ProgressStore,
  companions: Companion[],
): Promise<ImportOutcome> {
  const outcome = await importProgress(progress, text);
  if (!outcome.ok) return outcome;
  const file = JSON.parse(text) as Record<string, unknown>;
  const parts = [outcome.message];
  for (const companion of companions) {
    if (companion.name in file) parts.push(await companion.merge(file[companion.name]));
  }
  return { ok: true, message: parts.join(" ") };
}
