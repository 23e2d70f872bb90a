import { deckPath, type Deck } from "@/lib/deck";
import { useStaticJson } from "@/components/shared/client";

/** The question deck, fetched once per page from its static JSON file. */
export function useDeck(): { deck: Deck | null; error: string | null } {
  const { data, error } = useStaticJson<Deck>(deckPath);
  return {
    deck: data,
    error: error === null ? null : `The questions could not be loaded (${error}). Reload to try again.`,
  };
}
