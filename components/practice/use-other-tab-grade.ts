import "client-only";
import { useState } from "react";
import type { StoredCard } from "@/lib/progress/client";

/**
 * The card on screen as another tab left it, or null. The card's stored state is remembered when it
 * comes on screen; this tab's own grades move the session to another card in the same update, so
 * a later change to the same card can only have come from elsewhere.
 */
export function useOtherTabGrade(key: string | null, stored: StoredCard | undefined): StoredCard | null {
  const at = stored?.updatedAt ?? null;
  const [seen, setSeen] = useState({ key, at });
  if (seen.key !== key) {
    setSeen({ key, at });
    return null;
  }
  return key !== null && stored && at !== seen.at ? stored : null;
}
