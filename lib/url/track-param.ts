import "client-only";
import { slugPattern } from "@/lib/slug";
import { readQuery, shortenForDisplay } from "./untrusted";

/**
 * `?track=<slug>` scopes practice, mock interviews, progress and the question list to one track;
 * without it they cover every track. This is the one place the parameter is named and read.
 */
export const trackParam = "track";

/** A track as a picker shows it: the slug the parameter carries, and its title. */
export interface TrackOption {
  slug: string;
  title: string;
}

/** Anything that belongs to one track: a deck or catalog entry, an outline section. */
export interface InTrack {
  track: string;
}

export type TrackScope = { kind: "all" } | { kind: "one"; slug: string } | { kind: "invalid"; message: string };

/**
 * Reads the track from a query string, checked against the tracks the page knows. It never throws;
 * a bad value comes back as a message naming it (shortened), and the caller shows every track.
 */
export function parseTrackParam(search: string, known: readonly string[]): TrackScope {
  const values = readQuery(search)?.getAll(trackParam);
  if (!values) return { kind: "invalid", message: "That link could not be read." };
  if (values.length === 0) return { kind: "all" };
  if (values.length > 1) return { kind: "invalid", message: "That link names more than one track." };
  const slug = values[0]!;
  const shown = `"${shortenForDisplay(slug)}"`;
  if (!slugPattern.test(slug)) return { kind: "invalid", message: `The track ${shown} is not a valid track name.` };
  if (!known.includes(slug)) return { kind: "invalid", message: `There is no track ${shown}.` };
  return { kind: "one", slug };
}

/** The chosen track's slug, or null for every track (including when the parameter was invalid). */
export const chosenTrack = (scope: TrackScope) => (scope.kind === "one" ? scope.slug : null);

/** Keeps the items of one track; null keeps them all. */
export const inTrack = <T extends InTrack>(items: readonly T[], track: string | null): T[] =>
  track === null ? [...items] : items.filter((item) => item.track === track);

/** Every track named by a list of items, in first-seen order. */
export const tracksOf = (items: readonly InTrack[]) => [...new Set(items.map((item) => item.track))];
