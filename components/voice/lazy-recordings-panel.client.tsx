"use client";

import { lazy, Suspense, type ComponentType } from "react";

// The storage code for recordings loads apart from the dashboard's own; offline, the panel is left out.
const RecordingsPanel = lazy((): Promise<{ default: ComponentType }> =>
  import("./recordings-panel.client").catch(() => ({ default: () => null })),
);

export function LazyRecordingsPanel() {
  return (
    <Suspense fallback={null}>
      <RecordingsPanel />
    </Suspense>
  );
}
