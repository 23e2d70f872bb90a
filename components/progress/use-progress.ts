import { useSyncExternalStore } from "react";
import { getBrowserStore } from "@/lib/progress/browser-store";
import type { ProgressState } from "@/lib/progress/progress-store";

const subscribe = (listener: () => void) => getBrowserStore().subscribe(listener);
const snapshot = () => getBrowserStore().getSnapshot();

/** The tab's progress, or null during prerender and before hydration. */
export function useProgress(): ProgressState | null {
  return useSyncExternalStore(subscribe, snapshot, () => null);
}
