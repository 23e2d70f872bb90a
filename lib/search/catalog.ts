import type { LoadedTrack, Question } from "@/lib/content/server";

/**
 * What the all-questions filters need of each question; a few dozen bytes each. `kind` is only
 * written for design questions, so concept questions (most of them) carry no extra bytes.
 */
export type CatalogEntry = Pick<Question, "id" | "track" | "title" | "section" | "difficulty" | "tags"> &
  Partial<Pick<Question, "kind">>;

export const catalogJsonPath = "/questions/catalog.json";

export function buildCatalog(tracks: readonly LoadedTrack[]): CatalogEntry[] {
  return tracks.flatMap((track) =>
    track.questions.map(({ id, title, section, difficulty, tags, kind }) => ({
      id,
      track: track.slug,
      title,
      section,
      difficulty,
      tags,
      ...(kind === "design" ? { kind } : {}),
    })),
  );
}
