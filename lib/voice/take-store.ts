import "client-only";
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import { decodeTake, normaliseMime, takeSchemaVersion, takesToPrune, type Take, type TakeMeta } from "./take-record";

// Audio is far too large for Web Storage and must never reach the JSON export, so takes live in
// IndexedDB, apart from every other record.
const dbName = "followup-takes";
const storeName = "takes";

interface TakesDb extends DBSchema {
  takes: { key: string; value: Record<string, unknown>; indexes: { questionId: string } };
}

export type NewTake = Pick<TakeMeta, "questionId" | "mockStartedAt" | "createdAt" | "durationMs"> & {
  mimeType: string | undefined;
  blob: Blob;
};

export type SaveResult =
  { kind: "saved"; take: Take; pruned: string[] } | { kind: "quota" | "unavailable"; message: string };

export interface TakeList {
  takes: Take[];
  /** One line per stored item that failed its check; such items are left in place. */
  problems: string[];
}

export interface TakeUsage {
  takes: number;
  bytes: number;
  /** Takes written by a later version of Followup: counted, never read or pruned. */
  newer: number;
}

export const quotaMessage =
  "Browser storage is full, so this take was not saved. It stays playable on this page until you leave; delete recordings on the progress page to make room.";
export const unavailableMessage =
  "Recordings cannot be stored in this browser (its storage is blocked or unavailable), so this take stays on this page only.";

const isQuota = (error: unknown) =>
  error instanceof DOMException && (error.name === "QuotaExceededError" || error.code === 22);

const listeners = new Set<() => void>();

/** Calls `listener` after any take is saved or deleted in this tab; returns the unsubscribe. */
export function onTakesChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const changed = () => listeners.forEach((listener) => listener());

let opening: Promise<IDBPDatabase<TakesDb>> | null = null;

function open(): Promise<IDBPDatabase<TakesDb>> {
  opening ??= openDB<TakesDb>(dbName, 1, {
    upgrade(db) {
      db.createObjectStore(storeName, { keyPath: "id" }).createIndex("questionId", "questionId");
    },
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

/** Forgets the open connection; tests use it with a fresh IndexedDB for each case. */
export function closeTakeStore(): void {
  void opening?.then((db) => db.close()).catch(() => {});
  opening = null;
}

function sortNewestFirst(takes: Take[]): Take[] {
  return takes.sort((a, b) => b.createdAt - a.createdAt);
}

function decodeAll(raws: readonly unknown[]): TakeList {
  const takes: Take[] = [];
  const problems: string[] = [];
  for (const raw of raws) {
    const decoded = decodeTake(raw);
    if (decoded.kind === "take") takes.push(decoded.take);
    if (decoded.kind === "invalid") problems.push(`recording ${decoded.id}: ${decoded.problem}`);
  }
  return { takes: sortNewestFirst(takes), problems };
}

/** A question's takes, newest first. Takes of a later version are skipped, not touched. */
export async function listTakes(questionId: string): Promise<TakeList> {
  const db = await open();
  return decodeAll(await db.getAllFromIndex(storeName, "questionId", questionId));
}

/** The takes recorded in one mock interview, keyed by its start time. */
export async function listMockTakes(mockStartedAt: string): Promise<TakeList> {
  const db = await open();
  const all = decodeAll(await db.getAll(storeName));
  return { ...all, takes: all.takes.filter((t) => t.mockStartedAt === mockStartedAt) };
}

const newId = () =>
  typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/**
 * Saves a take and removes the question's oldest beyond the limit, in one transaction: when
 * storage is full nothing is removed and the take is reported as kept on the page only.
 */
export async function saveTake(input: NewTake): Promise<SaveResult> {
  const take: Take = {
    id: newId(),
    questionId: input.questionId,
    ...(input.mockStartedAt ? { mockStartedAt: input.mockStartedAt } : {}),
    createdAt: input.createdAt,
    durationMs: Math.max(0, Math.round(input.durationMs)),
    mimeType: normaliseMime(input.mimeType ?? input.blob.type),
    bytes: input.blob.size,
    schemaVersion: takeSchemaVersion,
    blob: input.blob,
  };
  let db: IDBPDatabase<TakesDb>;
  try {
    db = await open();
  } catch (error) {
    return {
      kind: isQuota(error) ? "quota" : "unavailable",
      message: isQuota(error) ? quotaMessage : unavailableMessage,
    };
  }
  const tx = db.transaction(storeName, "readwrite");
  try {
    const existing = decodeAll(await tx.store.index("questionId").getAll(take.questionId)).takes;
    const pruned = takesToPrune(existing);
    for (const id of pruned) await tx.store.delete(id);
    await tx.store.put(take as unknown as Record<string, unknown>);
    await tx.done;
    changed();
    return { kind: "saved", take, pruned };
  } catch (error) {
    // A failed put must not let the removals commit without it.
    tx.done.catch(() => {});
    try {
      tx.abort();
    } catch {
      // Already aborted by the browser.
    }
    return isQuota(error)
      ? { kind: "quota", message: quotaMessage }
      : { kind: "unavailable", message: unavailableMessage };
  }
}

export async function deleteTake(id: string): Promise<void> {
  const db = await open();
  await db.delete(storeName, id);
  changed();
}

/** Removes every recording, including any a later version wrote: the user asked for all of them. */
export async function deleteAllTakes(): Promise<number> {
  const db = await open();
  const tx = db.transaction(storeName, "readwrite");
  const count = await tx.store.count();
  await tx.store.clear();
  await tx.done;
  changed();
  return count;
}

/** How many takes are stored and the bytes of their audio. */
export async function takeUsage(): Promise<TakeUsage> {
  const db = await open();
  const usage: TakeUsage = { takes: 0, bytes: 0, newer: 0 };
  for (const raw of await db.getAll(storeName)) {
    const decoded = decodeTake(raw);
    usage.takes += 1;
    if (decoded.kind === "newer") usage.newer += 1;
    const blob = (raw as { blob?: unknown }).blob;
    usage.bytes += blob instanceof Blob ? blob.size : 0;
  }
  return usage;
}

export type PersistOutcome = "granted" | "denied" | "unsupported";

/** Asks the browser to keep site data under storage pressure; called before the first take is saved. */
export async function askToKeepTakes(): Promise<PersistOutcome> {
  const storage = typeof navigator === "undefined" ? undefined : navigator.storage;
  if (!storage?.persist) return "unsupported";
  try {
    if (storage.persisted && (await storage.persisted())) return "granted";
    return (await storage.persist()) ? "granted" : "denied";
  } catch {
    return "denied";
  }
}
