import "client-only";
import type { Area } from "@/lib/storage/client";
import type { StoredCard } from "./schema";
import { progressKey } from "./store-key";

/** The fields of a stored card that counting and colouring need. */
export type LightCard = Pick<StoredCard, "due" | "state" | "stability" | "lastReview">;

/**
 * Reads stored cards without the validator, for pages that only count or colour things. Never
 * throws; anything malformed reads as no cards (the practice page reports it properly).
 */
export function readCardsLightly(area: Area | undefined): Record<string, LightCard> | null {
  try {
    const raw = area?.read(progressKey);
    if (raw === undefined) return null;
    if (!raw) return {};
    const cards = (JSON.parse(raw) as { cards?: unknown }).cards;
    if (typeof cards !== "object" || cards === null) return null;
    const out: Record<string, LightCard> = {};
    for (const [key, c] of Object.entries(cards as Record<string, Partial<LightCard> | null>)) {
      if (c && typeof c.due === "string" && typeof c.state === "number" && typeof c.stability === "number") {
        out[key] = { due: c.due, state: c.state, stability: c.stability };
        // Today's rule (lib/progress/today.ts) leaves out cards graded today.
        if (typeof c.lastReview === "string") out[key].lastReview = c.lastReview;
      }
    }
    return out;
  } catch {
    return null;
  }
}

/** A question counts as mastered once FSRS expects to remember it for three weeks or more. */
export const masteredStabilityDays = 21;

/** The one mastery rule; it needs only state and stability, so it works on full and light cards. */
export function lightStatus(card: LightCard | undefined): "new" | "learning" | "mastered" {
  if (!card || card.state === 0) return "new";
  return card.state === 2 && card.stability >= masteredStabilityDays ? "mastered" : "learning";
}
