import "client-only";

// The progress page's count and Delete all, on the bare IndexedDB API: that page only counts and
// clears, so it ships neither idb nor the takes' validator.
const dbName = "followup-takes";
const storeName = "takes";

export interface StoredTakesSize {
  takes: number;
  bytes: number;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** The database if it exists; opening never creates it, so an untouched browser stays untouched. */
async function openExisting(): Promise<IDBDatabase | null> {
  const open = indexedDB.open(dbName);
  let created = false;
  open.onupgradeneeded = () => {
    created = true;
    open.transaction?.abort();
  };
  try {
    const db = await request(open);
    if (db.objectStoreNames.contains(storeName)) return db;
    db.close();
    return null;
  } catch (error) {
    if (created) return null;
    throw error;
  }
}

/** How many takes are stored (of any version) and the bytes of their audio. */
export async function storedTakesSize(): Promise<StoredTakesSize> {
  const db = await openExisting();
  if (!db) return { takes: 0, bytes: 0 };
  try {
    const all = await request(db.transaction(storeName).objectStore(storeName).getAll());
    const bytes = all.reduce<number>((sum, raw) => {
      const blob = (raw as { blob?: unknown } | null)?.blob;
      return sum + (blob instanceof Blob ? blob.size : 0);
    }, 0);
    return { takes: all.length, bytes };
  } finally {
    db.close();
  }
}

/** Removes every take, whatever version wrote it; returns how many there were. */
export async function clearStoredTakes(): Promise<number> {
  const db = await openExisting();
  if (!db) return 0;
  try {
    const store = db.transaction(storeName, "readwrite").objectStore(storeName);
    const count = await request(store.count());
    await request(store.clear());
    return count;
  } finally {
    db.close();
  }
}
