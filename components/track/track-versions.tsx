import type { LoadedTrack } from "@/lib/content/server";

/**
 * The versions a track's answers are written for (`versions` in its track.json), shown on that
 * track's own pages only, so an imported or second track never inherits another's runtime.
 */
export function TrackVersions({ track }: { track: Pick<LoadedTrack, "versions"> }) {
  return track.versions ? <p className="track-versions">{track.versions}</p> : null;
}
