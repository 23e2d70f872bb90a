import "client-only";
import { default_w, forgetting_curve } from "ts-fsrs";

/** What recall needs from a card: its stability and when it was last reviewed. */
export interface RecallCard {
  stability: number;
  lastReview?: string;
}

export interface SectionRecall {
  section: string;
  cards: number;
  /** Cards never practised, which count as not recalled. */
  unseen: number;
  /** Mean probability of recall on the day, 0 to 1. */
  recall: number;
}

/**
 * The chance of recalling a card at `at`, from FSRS's forgetting curve with the parameters in use
 * (the defaults unless the user imported their own). A card never reviewed has nothing to recall.
 */
export function recallAt(card: RecallCard | undefined, at: Date, parameters: readonly number[] = default_w): number {
  if (!card?.lastReview || card.stability <= 0) return 0;
  const elapsed = Math.max(0, (at.getTime() - Date.parse(card.lastReview)) / 86_400_000);
  return forgetting_curve(parameters, elapsed, card.stability);
}

/** Expected recall per section on the interview day, if nothing more were practised before it. */
export function recallBySection(
  sections: { slug: string; ids: string[] }[],
  cards: Record<string, RecallCard>,
  at: Date,
  parameters: readonly number[] = default_w,
): SectionRecall[] {
  return sections.map(({ slug, ids }) => {
    const total = ids.reduce((sum, id) => sum + recallAt(cards[id], at, parameters), 0);
    return {
      section: slug,
      cards: ids.length,
      unseen: ids.filter((id) => !cards[id]?.lastReview).length,
      recall: ids.length === 0 ? 0 : total / ids.length,
    };
  });
}
