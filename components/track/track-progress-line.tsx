import type { LoadedTrack } from "@/lib/content/server";

/**
 * A track's progress line. Pages render it empty, with its line reserved, and TrackProgress fills
 * it after hydration, so the HTML never claims any progress and nothing moves when it appears.
 */
export function TrackProgressLine({ track }: { track: LoadedTrack }) {
  return (
    <p className="track-progress" aria-live="polite" data-progress-ids={track.questions.map((q) => q.id).join(" ")} />
  );
}
