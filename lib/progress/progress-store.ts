import "client-only";
import type { Area } from "../storage/areas";
import { RecordStore, type StoreMode } from "../storage/record-store";
import { progressRecord } from "./record";
import { emptyProgress, type GradingMode, type Progress } from "./schema";
import { exportProgress, parseImport } from "./transfer";

export type ImportOutcome = { ok: true; message: string } | { ok: false; error: string };

const cardsWord = (n: number) => `${n} card${n === 1 ? "" : "s"}`;

/**
 * The browser's practice progress: the shared record store plus what only progress does (grading
 * settings, reset, export and import). Grading itself lives in lib/progress/grading.ts, so reading
 * progress never loads the scheduler.
 */
export class ProgressStore extends RecordStore<Progress> {
  constructor(area: Area | undefined, now: () => Date = () => new Date()) {
    super(progressRecord, area, true, now);
  }

  setGrading(grading: GradingMode): Promise<StoreMode> {
    return this.update((progress, now) => ({ ...progress, settings: { grading, updatedAt: now.toISOString() } }));
  }

  exportJson(): string {
    return exportProgress(this.getSnapshot().value, new Date());
  }

  /**
   * Merges a valid export newest-wins per card and reports exactly what was stored: cards that
   * were older than the ones here are counted apart, and a failed write is an error.
   */
  async importJson(text: string): Promise<ImportOutcome> {
    if (this.getSnapshot().mode === "read-only") return { ok: false, error: "Progress is read-only in this tab." };
    const parsed = parseImport(text);
    if (!parsed.ok) return parsed;
    if (!this.keepCopy("before an import")) {
      return {
        ok: false,
        error: "No copy of your current progress could be kept (storage is full), so nothing was imported.",
      };
    }
    const incoming = Object.entries(parsed.progress.cards);
    const mode = await this.update((progress) => progressRecord.merge(progress, parsed.progress).value);
    if (mode !== "saved") {
      return {
        ok: false,
        error:
          mode === "memory"
            ? "The import could not be saved because browser storage refused the write; its cards are in this tab only. Export them, free some space and import again."
            : "Progress is read-only in this tab, so nothing was imported.",
      };
    }
    const cards = this.getSnapshot().value.cards;
    const stored = incoming.filter(([key, card]) => cards[key]?.updatedAt === card.updatedAt).length;
    const parts = [`Imported ${cardsWord(stored)} of ${incoming.length}.`];
    const older = incoming.length - stored;
    if (older > 0) parts.push(`${cardsWord(older)} older than yours here ${older === 1 ? "was" : "were"} left out.`);
    if (parsed.setAside.length > 0) {
      parts.push(
        `${parsed.setAside.length} invalid item${parsed.setAside.length === 1 ? " was" : "s were"} skipped (first: ${parsed.setAside[0]}).`,
      );
    }
    return { ok: true, message: parts.join(" ") };
  }

  /** Erases progress in every tab; a copy of what was stored is kept first, or nothing is erased. */
  reset(): Promise<StoreMode | "no-copy"> {
    if (!this.keepCopy("before a reset")) return Promise.resolve("no-copy");
    return this.update((_, now) => ({ ...emptyProgress(), clearedAt: now.toISOString() }));
  }
}
