import "client-only";
import type { Area } from "../storage/areas";
import { readCardsLightly } from "./light-read";

/**
 * Counts cards due by a given time straight from storage, for the home page, without shipping the
 * scheduler or validator there. Unreadable data gives null rather than an error.
 */
export function countDue(area: Area | undefined, by: Date): number | null {
  const cards = readCardsLightly(area);
  if (!cards) return null;
  return Object.values(cards).filter((c) => Date.parse(c.due) <= by.getTime()).length;
}
