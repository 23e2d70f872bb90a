import type { LoadedTrack, Question } from "@/lib/content/server";

/** What the all-questions filters need of each question; a few dozen bytes each. */
export type CatalogEntry = Pick<Question, "id" | "track" | "title" | "section" | "difficulty" | "tags">;

export const catalogJsonPath = "/questions/catalog.json";

export function buildCatalog(tracks: readonly LoadedTrack[]): CatalogEntry[] {
  return tracks.flatMap((track) =>
    track.questions.map(({ id, title, section, difficulty, tags }) => ({
      id,
      track: track.slug,
      title,
      section,
      difficulty,
      tags,
    })),
  );
}
