import type { LoadedTrack, Question } from "../content/load";

/** What the all-questions filters need of each question; a few dozen bytes each. */
export type CatalogEntry = Pick<Question, "id" | "title" | "section" | "difficulty" | "tags"> & {
  /** The slug of the question's track, which `?track=` filters by. */
  track: string;
};

export const catalogJsonPath = "/questions/catalog.json";

export function buildCatalog(track: LoadedTrack): CatalogEntry[] {
  return track.questions.map(({ id, title, section, difficulty, tags }) => ({
    id,
    title,
    track: track.slug,
    section,
    difficulty,
    tags,
  }));
}
