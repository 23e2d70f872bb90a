import { startTransition, useEffect, useState } from "react";
import { deckPath, type Deck } from "@/lib/practice/deck";

let pending: Promise<Deck> | undefined;

/** The question deck, fetched once per page from its static JSON file. */
export function useDeck(): { deck: Deck | null; error: string | null } {
  const [state, setState] = useState<{ deck: Deck | null; error: string | null }>({ deck: null, error: null });
  useEffect(() => {
    pending ??= fetch(deckPath).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json() as Promise<Deck>;
    });
    let live = true;
    pending.then(
      // A transition: drawing the whole app once the deck arrives is sliced, not one long task.
      (deck) => live && startTransition(() => setState({ deck, error: null })),
      (error: Error) =>
        live &&
        setState({ deck: null, error: `The questions could not be loaded (${error.message}). Reload to try again.` }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
