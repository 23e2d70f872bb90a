import "client-only";
import { useSyncExternalStore } from "react";

/**
 * The current time, refreshed four times a second and the moment a hidden tab becomes visible.
 * It only triggers renders: every countdown is computed from stored timestamps, not from ticks.
 */
let now = 0;
function subscribe(onChange: () => void) {
  const update = () => {
    now = Date.now();
    onChange();
  };
  const timer = window.setInterval(update, 250);
  document.addEventListener("visibilitychange", update);
  update();
  return () => {
    window.clearInterval(timer);
    document.removeEventListener("visibilitychange", update);
  };
}

export function useNow(): number {
  return useSyncExternalStore(
    subscribe,
    () => now || Date.now(),
    () => 0,
  );
}

export function formatClock(ms: number): string {
  const sign = ms < 0 ? "+" : "";
  const total = Math.ceil(Math.abs(ms) / 1000);
  const minutes = Math.floor(total / 60);
  return `${sign}${minutes}:${String(total % 60).padStart(2, "0")}`;
}
