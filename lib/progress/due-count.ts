import { progressKey } from "./store-key";

/**
 * Counts cards due by a given time straight from storage, for the home page, without shipping the
 * scheduler or validator there. It never throws: anything unexpected counts as nothing due, and the
 * practice and progress pages report unreadable data properly.
 */
export function countDue(storage: Storage | undefined, by: Date): number | null {
  try {
    const raw = storage?.getItem(progressKey);
    if (!raw) return 0;
    const cards = (JSON.parse(raw) as { cards?: unknown }).cards;
    if (typeof cards !== "object" || cards === null) return null;
    return Object.values(cards).filter((c) => typeof c?.due === "string" && Date.parse(c.due) <= by.getTime()).length;
  } catch {
    return null;
  }
}
