import { browserBookmarks } from "@/lib/notes/client";
import { deckInTrack, type Deck } from "@/lib/deck";
import { isCramLink, parsePracticeParams } from "@/lib/practice/client";
import { chosenTrack, parseTrackParam, tracksOf } from "@/lib/url/client";
import { useMarkedTrackLink } from "@/components/track/client";

/**
 * What the address asks of practice: the deck of the chosen track (every track when none is, or
 * when the track is unknown), a linked queue or sections, cram mode, and what is wrong with the
 * link, if anything. Bookmarks are read only for `?saved=bookmarked`; today's reviews (`?today=1`)
 * are counted by the caller, which has the progress.
 */
export function usePracticeLink(all: Deck | null) {
  // The deck only exists after hydration, so reading the URL here cannot mismatch the server HTML.
  const search = all ? window.location.search : "";
  const track = all ? parseTrackParam(search, tracksOf(all.questions)) : null;
  const slug = track && chosenTrack(track);
  useMarkedTrackLink(slug);
  const deck = all && deckInTrack(all, slug);
  const params = deck && parsePracticeParams(search, deck, browserBookmarks);
  return {
    deck,
    problem: track?.kind === "invalid" ? track.message : params?.kind === "invalid" ? params.message : null,
    queue: params?.kind === "questions" || params?.kind === "bookmarked" ? params.ids.join() : null,
    noBookmarks: params?.kind === "bookmarked" && params.ids.length === 0,
    sections: params?.kind === "sections" ? params.sections : [],
    include: params?.kind === "sections" ? params.include : [],
    today: params?.kind === "today",
    cram: all !== null && isCramLink(search),
  };
}

export type PracticeLink = ReturnType<typeof usePracticeLink>;
