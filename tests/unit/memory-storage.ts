/** An in-memory Storage whose faults can be switched on, for the progress store tests. */
export class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  failWrites: "quota" | "other" | null = null;
  failReads = false;

  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    if (this.failReads) throw new DOMException("denied", "SecurityError");
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.failWrites === "quota") throw new DOMException("full", "QuotaExceededError");
    if (this.failWrites === "other") throw new Error("write failed");
    this.items.set(key, value);
  }
  keys() {
    return [...this.items.keys()];
  }
}
