import "client-only";
import { useSyncExternalStore } from "react";
import { getBrowserStore, type Progress } from "@/lib/progress/client";
import type { RecordState } from "@/lib/storage/client";

const subscribe = (listener: () => void) => getBrowserStore().subscribe(listener);
const snapshot = () => getBrowserStore().getSnapshot();

/** The tab's progress, or null during prerender and before hydration. */
export function useProgress(): RecordState<Progress> | null {
  return useSyncExternalStore(subscribe, snapshot, () => null);
}
