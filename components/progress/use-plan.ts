import "client-only";
import { useSyncExternalStore } from "react";
import { getPlanStore, type PlanSettings } from "@/lib/plan/client";
import type { RecordState } from "@/lib/storage/client";

const subscribe = (listener: () => void) => getPlanStore().subscribe(listener);
const snapshot = () => getPlanStore().getSnapshot();

/** The interview plan's settings, or null during prerender and before hydration. */
export function usePlan(): RecordState<PlanSettings> | null {
  return useSyncExternalStore(subscribe, snapshot, () => null);
}

/** Changes the plan and stamps it, so other tabs and imports keep the newest. */
export function changePlan(change: Partial<Omit<PlanSettings, "version" | "updatedAt">>) {
  void getPlanStore().update((plan, now) => ({ ...plan, ...change, updatedAt: now.toISOString() }));
}
