import "client-only";
/**
 * Runs a read-merge-write under a Web Lock shared by every tab of the site, so two tabs never
 * interleave their writes of one record. Where the Web Locks API is missing the task runs at
 * once; merging on every write and on every storage event still keeps what both tabs did.
 */
export async function withLock<T>(name: string, task: () => T): Promise<T> {
  const locks = typeof navigator === "undefined" ? undefined : navigator.locks;
  if (!locks) return task();
  return locks.request(name, async () => task());
}
