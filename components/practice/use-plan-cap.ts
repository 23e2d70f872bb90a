import "client-only";
import { useEffect, useState } from "react";
import type { Deck } from "@/lib/deck";
import { browserDeadline, plainCap, type CapFor } from "@/lib/progress/client";

/**
 * How a card's grade is capped while an interview date lies ahead, for grading and for the grade
 * buttons' preview alike. The spreading code is fetched only when a date is set, so practice
 * without a plan ships none of it; until it arrives every card gets the plain cap.
 */
export function usePlanCap(deck: Deck | null): (key: string) => CapFor {
  const [capOf, setCapOf] = useState<(key: string) => CapFor>();
  useEffect(() => {
    if (deck && browserDeadline())
      void import("@/lib/progress/client").then(
        (m) => setCapOf(() => m.deckCap(deck)),
        () => {},
      );
  }, [deck]);
  return capOf ?? (() => plainCap);
}
