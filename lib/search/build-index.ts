import "server-only";
import MiniSearch from "minisearch";
import type { LoadedTrack } from "@/lib/content/server";
import { tagTitles } from "@/lib/content";
import { indexOptions, type SearchDoc } from "./options";

/** One document per question of every track given. */
export function searchDocs(tracks: readonly LoadedTrack[]): SearchDoc[] {
  return tracks.flatMap(trackDocs);
}

function trackDocs(track: LoadedTrack): SearchDoc[] {
  const titles = new Map(track.sections.map((s) => [s.slug, s.title]));
  const tagTitle = tagTitles(track);
  return track.questions.map((q) => ({
    id: q.id,
    track: track.slug,
    title: q.title,
    summary: q.summary,
    // Titles, not slugs: "JSON Web Tokens" and "Cookies and sessions" are what people type.
    tags: q.tags.map((t) => tagTitle[t] ?? t).join(" "),
    followUps: q.followUps.map((f) => f.question).join(" \n"),
    body: q.plainText,
    section: q.section,
    sectionTitle: titles.get(q.section) ?? q.section,
    difficulty: q.difficulty,
    ...(q.kind === "design" ? { kind: q.kind } : {}),
  }));
}

/** Built once at build time and served as a static file; the browser only loads it. */
export function buildSearchIndex(docs: SearchDoc[]): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>(indexOptions);
  index.addAll(docs);
  return index;
}
