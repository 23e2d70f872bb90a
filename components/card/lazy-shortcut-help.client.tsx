"use client";

import { lazy, Suspense, useState, type ComponentProps } from "react";

// The help dialog's code loads the first time it opens: most sessions never open it, and the
// practice page's budget pays for its code-copy handler this way.
const ShortcutHelp = lazy(() => import("./shortcut-help.client"));

/**
 * ShortcutHelp, fetched on first open and then kept mounted, so closing it (by key, button or
 * Escape) always goes through the dialog's own close and focus returns where it was.
 */
export function LazyShortcutHelp(props: ComponentProps<typeof ShortcutHelp>) {
  const [wanted, setWanted] = useState(props.open);
  if (props.open && !wanted) setWanted(true);
  return (
    wanted && (
      <Suspense fallback={null}>
        <ShortcutHelp {...props} />
      </Suspense>
    )
  );
}
