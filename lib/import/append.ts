import "server-only";

/**
 * Appends items one at a time. `push(...items)` passes every item as a call argument, which
 * overflows the stack when a large page makes the array long.
 */
export function append<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}
