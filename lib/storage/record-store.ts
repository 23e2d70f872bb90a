import "client-only";
import type { Area } from "./areas";
import { backUp, contentHash } from "./backups";
import { withLock } from "./locks";
import { noBackupNotice, unavailableNotice, writeFailedNotice } from "./store-messages";

/**
 * One stored record (practice progress, mock history, a tab's session): loaded and validated item
 * by item, kept in memory for the page, and saved by read-merge-write under a lock so that tabs
 * never overwrite each other. Nothing is replaced before a copy of it is kept; when no copy can
 * be kept the record opens read-only and is never written.
 */
export type Decoded<T> =
  | { kind: "ok"; value: T; setAside: string[]; migratedFrom?: number }
  | { kind: "newer"; version: number; value: T }
  | { kind: "unreadable"; why: string };

export interface Merged<T> {
  value: T;
  /** True when `incoming` added anything that `base` lacked. */
  changed: boolean;
}

export interface RecordKind<T> {
  key: string;
  /** What the record is, for notices: "Practice progress". */
  label: string;
  empty(): T;
  decode(json: unknown): Decoded<T>;
  merge(base: T, incoming: T): Merged<T>;
}

export type StoreMode = "saved" | "memory" | "read-only";
export type NoticeKind = "set-aside" | "unreadable" | "unavailable" | "quota" | "newer" | "migrated" | "no-backup";
export interface StoreNotice {
  kind: NoticeKind;
  message: string;
}
export interface RecordState<T> {
  value: T;
  mode: StoreMode;
  notices: StoreNotice[];
}

export function decodeText<T>(kind: RecordKind<T>, raw: string): Decoded<T> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { kind: "unreadable", why: "it is not valid JSON" };
  }
  return kind.decode(json);
}

/** Names each replacement of a record, so other tabs know to take it without merging. */
export const replacedKey = (key: string) => `${key}:replaced`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export class RecordStore<T> {
  private state: RecordState<T>;
  private listeners = new Set<() => void>();
  private queue: Promise<StoreMode> = Promise.resolve("saved");
  /** The text this tab last wrote; everything in it is also in this tab's value. */
  private lastWritten: string | null = null;
  /** The last replacement (by any tab) this tab has taken in; another one means its value is stale. */
  private replacementSeen: string | null | undefined;

  /** `shared` records live in localStorage and are merged across tabs; others belong to one tab. */
  constructor(
    private readonly kind: RecordKind<T>,
    private readonly area: Area | undefined,
    private readonly shared: boolean,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.replacementSeen = this.area?.read(replacedKey(this.kind.key));
    const { state, rewrite } = this.load();
    this.state = state;
    if (rewrite) void this.persist();
  }

  getSnapshot = (): RecordState<T> => this.state;

  private backupName = () => ({ record: this.kind.key, label: this.kind.label });

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(next: Partial<RecordState<T>>) {
    this.state = { ...this.state, ...next };
    this.listeners.forEach((l) => l());
  }

  private notify(mode: StoreMode, notice: StoreNotice): StoreMode {
    const known = this.state.notices.some((n) => n.message === notice.message);
    this.set({ mode, notices: known ? this.state.notices : [...this.state.notices, notice] });
    return mode;
  }

  private load(): { state: RecordState<T>; rewrite: boolean } {
    const fresh = (mode: StoreMode, notices: StoreNotice[] = [], value = this.kind.empty()) => ({
      state: { value, mode, notices },
      rewrite: false,
    });
    const raw = this.area?.read(this.kind.key);
    if (raw === undefined) return fresh("memory", [unavailableNotice(this.kind.label)]);
    if (raw === null) return fresh("saved");
    const decoded = decodeText(this.kind, raw);
    const label = this.kind.label;
    if (decoded.kind === "newer") {
      const message = `${label} was saved by a newer version of Followup (data version ${decoded.version}). It is shown read-only and nothing is saved here, so that data stays intact.`;
      return fresh("read-only", [{ kind: "newer", message }], decoded.value);
    }
    const why =
      decoded.kind === "unreadable"
        ? decoded.why
        : decoded.setAside.length > 0
          ? `${plural(decoded.setAside.length, "item")} could not be read (first: ${decoded.setAside[0]})`
          : null;
    if (why === null && decoded.kind === "ok" && decoded.migratedFrom === undefined)
      return fresh("saved", [], decoded.value);
    const reason = why ?? `upgraded from data version ${decoded.kind === "ok" ? decoded.migratedFrom : "?"}`;
    if (backUp(this.area!, this.backupName(), raw, reason, this.now()) === "failed") {
      return fresh(
        "read-only",
        [noBackupNotice(this.kind.label, reason)],
        decoded.kind === "ok" ? decoded.value : undefined,
      );
    }
    const kept = "A copy of what was stored is kept under Backups on the progress page.";
    const notice: StoreNotice =
      decoded.kind === "unreadable"
        ? { kind: "unreadable", message: `${label} could not be read (${why}). ${kept} Starting fresh.` }
        : why !== null
          ? {
              kind: "set-aside",
              message: `${label}: ${why} and ${decoded.kind === "ok" && decoded.setAside.length === 1 ? "was" : "were"} set aside; the rest was kept. ${kept}`,
            }
          : { kind: "migrated", message: `${label} from data version ${decoded.migratedFrom} was upgraded. ${kept}` };
    const value = decoded.kind === "ok" ? decoded.value : this.kind.empty();
    return { state: { value, mode: "saved", notices: [notice] }, rewrite: true };
  }

  /** Saves what this tab holds, merged with what the storage holds now; resolves to the mode. */
  private persist(change?: (value: T, now: Date) => T): Promise<StoreMode> {
    // Written at once, so a change survives the page being left straight after it; a Web Lock is
    // granted asynchronously and would come too late. The locked pass then reads and merges again,
    // so a tab that wrote in between keeps what it wrote.
    const now = this.writeThrough(change);
    const run = () => this.writeThrough();
    this.queue = this.queue.then(() =>
      this.shared && now === "saved" ? withLock(`followup-lock:${this.kind.key}`, run) : now,
    );
    return this.queue;
  }

  /**
   * Saves this tab's value merged with the stored one. After another tab's replacement that this
   * tab has not yet taken in, the stored record is taken as it is, with only `change` (the edit
   * being saved now) applied to it: merging would bring back what the restore or reset removed.
   */
  private writeThrough(change?: (value: T, now: Date) => T): StoreMode {
    if (this.state.mode !== "saved" || !this.area) return this.state.mode;
    const raw = this.area.read(this.kind.key);
    if (raw === undefined) return this.notify("memory", unavailableNotice(this.kind.label));
    const replacement = this.shared ? this.area.read(replacedKey(this.kind.key)) : this.replacementSeen;
    if (replacement !== this.replacementSeen && raw !== null) {
      const stored = decodeText(this.kind, raw);
      if (stored.kind === "ok") {
        [this.replacementSeen, this.lastWritten] = [replacement, raw];
        // Merged with what it replaced, so the record's own rules (a reset's cut-off) still apply to the edit.
        const edited = change ? this.kind.merge(stored.value, change(stored.value, this.now())).value : stored.value;
        this.set({ value: edited });
        if (!change) return "saved";
      }
    }
    let next = this.state.value;
    // Storage still holding this tab's own last write has nothing to merge: skip decoding it again.
    if (raw !== null && this.shared && raw !== this.lastWritten) {
      const stored = decodeText(this.kind, raw);
      if (stored.kind === "newer") {
        const message = `Another tab saved ${this.kind.label.toLowerCase()} with a newer version of Followup (data version ${stored.version}). This tab stopped saving so that data stays intact; reload to use the newer version.`;
        return this.notify("read-only", { kind: "newer", message });
      }
      const bad = stored.kind === "unreadable" ? stored.why : stored.setAside.length > 0 ? stored.setAside[0]! : null;
      if (bad !== null && backUp(this.area, this.backupName(), raw, bad, this.now()) === "failed") {
        return this.notify("read-only", noBackupNotice(this.kind.label, bad));
      }
      if (stored.kind === "ok") next = this.kind.merge(stored.value, next).value;
    }
    const text = JSON.stringify(next);
    const outcome = text === raw ? "ok" : this.area.write(this.kind.key, text);
    if (outcome !== "ok") {
      this.set({ value: next });
      return this.notify("memory", writeFailedNotice(this.kind.label, outcome));
    }
    this.lastWritten = text;
    if (next !== this.state.value) this.set({ value: next });
    return "saved";
  }

  /** Changes the record now for this tab, then saves; resolves to where the change now lives. */
  update(change: (value: T, now: Date) => T): Promise<StoreMode> {
    if (this.state.mode === "read-only") return Promise.resolve("read-only");
    this.set({ value: change(this.state.value, this.now()) });
    return this.state.mode === "memory" ? Promise.resolve("memory") : this.persist(change);
  }

  /**
   * Puts `next` in place of the record in every tab without merging (a restore, a reset): what it
   * leaves out is gone, whatever its dates. Callers keep a copy first with {@link keepCopy}.
   */
  replace(change: (value: T, now: Date) => T): StoreMode {
    if (this.state.mode === "read-only") return "read-only";
    const next = change(this.state.value, this.now());
    this.set({ value: next });
    if (this.state.mode !== "saved" || !this.area) return this.state.mode;
    const text = JSON.stringify(next);
    // Written before the record, so that other tabs told of it take the record as it is (below)
    // instead of merging their own copy back into it.
    const replacement = contentHash(`${this.now().toISOString()}${text}`);
    this.area.write(replacedKey(this.kind.key), replacement);
    this.replacementSeen = replacement;
    const outcome = text === this.area.read(this.kind.key) ? "ok" : this.area.write(this.kind.key, text);
    if (outcome !== "ok") return this.notify("memory", writeFailedNotice(this.kind.label, outcome));
    this.lastWritten = text;
    return "saved";
  }

  /** Keeps a copy of the stored record before a change that replaces much of it (import, reset). */
  keepCopy(reason: string): boolean {
    const raw = this.area?.read(this.kind.key);
    if (!this.area || raw === undefined || raw === null) return true;
    return backUp(this.area, this.backupName(), raw, reason, this.now()) !== "failed";
  }

  /** Resolves once every save started so far has finished. */
  settled(): Promise<StoreMode> {
    return this.queue;
  }

  dismiss(notice: StoreNotice) {
    this.set({ notices: this.state.notices.filter((n) => n !== notice) });
  }

  /** Another tab wrote: take in what it has, and save back what only this tab has. */
  handleStorageEvent = (event: StorageEvent) => {
    if (event.key === replacedKey(this.kind.key) && this.state.mode === "saved") {
      const raw = this.area?.read(this.kind.key);
      const replaced = raw ? decodeText(this.kind, raw) : null;
      this.replacementSeen = this.area?.read(replacedKey(this.kind.key));
      if (replaced?.kind === "ok") [this.lastWritten, this.state] = [raw!, { ...this.state, value: replaced.value }];
      this.listeners.forEach((l) => l());
      return;
    }
    if ((event.key !== this.kind.key && event.key !== null) || this.state.mode !== "saved") return;
    if (event.newValue === null) {
      void this.persist();
      return;
    }
    const incoming = decodeText(this.kind, event.newValue);
    if (incoming.kind !== "ok") return;
    const merged = this.kind.merge(incoming.value, this.state.value);
    this.set({ value: merged.value });
    if (merged.changed) void this.persist();
  };
}
