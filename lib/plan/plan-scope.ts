import "client-only";
import type { PlanSettings } from "./plan-record";

export type PlanScope = PlanSettings["scope"];

/** Plans before data version 2 named sections without their track; all of them were Node.js sections. */
export const firstTrack = "nodejs";

/** How the plan names a section: with its track, since two tracks may share a section slug. */
export const sectionRef = (track: string, section: string) => `${track}/${section}`;

/**
 * Whether a question of `track` and `section` is in the plan. No tracks named means every track;
 * sections narrow only their own track, and a track none of whose sections is named is whole.
 */
export function inPlanScope(scope: PlanScope, track: string, section: string): boolean {
  if (scope.tracks.length > 0 && !scope.tracks.includes(track)) return false;
  const narrowed = scope.sections.filter((s) => s.startsWith(`${track}/`));
  return narrowed.length === 0 || narrowed.includes(sectionRef(track, section));
}
