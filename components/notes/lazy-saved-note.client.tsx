"use client";

import { useEffect, useState } from "react";

type Loaded = typeof import("./saved-note.client");

/**
 * The user's note on a question, read-only. Its code loads once the answer is shown, so practice
 * and the mock pay only for this slot in their first load; if it cannot load (offline), the slot
 * stays empty and the rest of the page carries on.
 */
export function SavedNoteSlot(props: { id: string; headingLevel?: 4 }) {
  const [loaded, setLoaded] = useState<Loaded>();
  useEffect(() => {
    import("./saved-note.client").then(setLoaded, () => {});
  }, []);
  return loaded && <loaded.default {...props} />;
}
