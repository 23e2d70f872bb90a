import { cardDetailsPath, type CardDetails } from "@/lib/deck";
import { useStaticJsonList } from "@/components/shared/client";

const message = (error: string) => `This card could not be loaded (${error}). Reload to try again.`;

/** The rubric and follow-up ladder of each of `ids`, fetched when the cards are shown; null until all arrive. */
export function useCardDetails(
  ids: string[],
  enabled = true,
): { cards: Map<string, CardDetails> | null; error: string | null } {
  const { data, error } = useStaticJsonList<CardDetails>(ids.map(cardDetailsPath), enabled);
  return {
    cards: data ? new Map(ids.map((id, i) => [id, data[i]!])) : null,
    error: error === null ? null : message(error),
  };
}
