import "client-only";
import { lightStatus, type LightCard } from "./light-read";

/** One track's progress line, from this browser's cards and the track's question ids. */
export function trackProgressText(cards: Record<string, LightCard>, ids: readonly string[]): string {
  let practised = 0;
  let mastered = 0;
  for (const id of ids) {
    const status = lightStatus(cards[id]);
    if (status !== "new") practised += 1;
    if (status === "mastered") mastered += 1;
  }
  if (practised === 0) return "Not started yet: pick a section below to begin.";
  return `${practised} of ${ids.length} practised, ${mastered} mastered.`;
}
