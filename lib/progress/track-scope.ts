import "client-only";
import type { Outline } from "@/lib/deck";
import type { Progress } from "./schema";

/** The question a card key belongs to: keys are `<id>` or `<id>#<n>` (lib/progress/schema.ts). */
export const questionOfKey = (key: string) => key.split("#")[0]!;

/** The outline's sections of one track; null keeps every section. */
export const outlineInTrack = (outline: Outline, track: string | null): Outline =>
  track === null
    ? outline
    : {
        tracks: outline.tracks.filter((t) => t.slug === track),
        sections: outline.sections.filter((s) => s.track === track),
      };

/**
 * Progress cut down to the cards and reviews of some questions, for one track's figures. It is a
 * view to read, never saved. Days counted before the review log existed name no card, so they
 * count only towards the figures for every track.
 */
export function progressForQuestions(progress: Progress, ids: ReadonlySet<string>): Progress {
  return {
    ...progress,
    cards: Object.fromEntries(Object.entries(progress.cards).filter(([key]) => ids.has(questionOfKey(key)))),
    log: progress.log.filter((review) => ids.has(questionOfKey(review.card))),
    daysBeforeLog: {},
  };
}
