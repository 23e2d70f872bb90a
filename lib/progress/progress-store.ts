import { mergeProgress } from "./merge";
import { emptyProgress, type Progress } from "./schema";
import { loadProgress, progressKey, saveProgress, type StoreMode, type StoreNotice } from "./store";
import { exportProgress, parseImport } from "./transfer";

export interface ProgressState {
  progress: Progress;
  mode: StoreMode;
  notices: StoreNotice[];
}

/**
 * The browser's progress: loads once, saves on every change, and merges what other tabs write
 * (newest card wins). Shaped for useSyncExternalStore: snapshots are immutable.
 */
export class ProgressStore {
  private state: ProgressState;
  private listeners = new Set<() => void>();

  constructor(
    private readonly storage: Storage | undefined,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.state = loadProgress(storage, now());
  }

  getSnapshot = (): ProgressState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(next: Partial<ProgressState>) {
    this.state = { ...this.state, ...next };
    this.listeners.forEach((l) => l());
  }

  private commit(progress: Progress) {
    if (this.state.mode === "read-only") return;
    if (this.state.mode === "memory") return this.set({ progress });
    const saved = saveProgress(this.storage, progress);
    if (saved.ok) this.set({ progress });
    else this.set({ progress, mode: "memory", notices: [...this.state.notices, saved.notice] });
  }

  /**
   * Applies a change to the record and saves it; false when progress is read-only. Grading lives
   * in lib/progress/grading.ts, so reading progress never loads the scheduler.
   */
  apply(change: (progress: Progress, now: Date) => Progress): boolean {
    if (this.state.mode === "read-only") return false;
    this.commit(change(this.state.progress, this.now()));
    return true;
  }

  setGrading(grading: Progress["settings"]["grading"]) {
    this.commit({ ...this.state.progress, settings: { grading } });
  }

  exportJson(): string {
    return exportProgress(this.state.progress, this.now());
  }

  /** Merges a valid export newest-wins per card; a bad file returns its error and changes nothing. */
  importJson(text: string): { ok: true; cards: number } | { ok: false; error: string } {
    if (this.state.mode === "read-only") return { ok: false, error: "Progress is read-only in this tab." };
    const parsed = parseImport(text);
    if (!parsed.ok) return parsed;
    this.commit(mergeProgress(this.state.progress, parsed.progress));
    return { ok: true, cards: Object.keys(parsed.progress.cards).length };
  }

  reset() {
    if (this.state.mode === "read-only") return;
    this.commit(emptyProgress());
  }

  dismiss(notice: StoreNotice) {
    this.set({ notices: this.state.notices.filter((n) => n !== notice) });
  }

  /** Another tab saved: merge its cards into ours so both tabs converge. */
  handleStorageEvent = (event: StorageEvent) => {
    if (event.key !== progressKey || this.state.mode !== "saved") return;
    if (event.newValue === null) return this.set({ progress: emptyProgress() });
    const other = loadProgress(this.storage, this.now());
    if (other.notices.length === 0) this.set({ progress: mergeProgress(this.state.progress, other.progress) });
  };
}
