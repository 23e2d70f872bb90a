import type { ContentError } from "./errors";
import { isReservedTrackSlug } from "./reserved-slugs";

/** What the whole-bank checks need of each loaded track. */
export interface BankTrack {
  slug: string;
  /** The manifest's path and the line of its `slug` field. */
  manifest: string;
  slugLine: number;
  questions: { id: string; file: string; idLine: number }[];
}

/**
 * Checks that need every track at once: track slugs are unique and free of the site's own paths,
 * and question ids are unique across the whole bank, since progress is keyed by id alone.
 */
export function checkBank(tracks: BankTrack[]): ContentError[] {
  const errors: ContentError[] = [];
  const trackBySlug = new Map<string, BankTrack>();
  const fileById = new Map<string, string>();
  for (const track of tracks) {
    const at = (message: string) => errors.push({ file: track.manifest, line: track.slugLine, field: "slug", message });
    const first = trackBySlug.get(track.slug);
    if (first) at(`duplicate track slug "${track.slug}", already used by ${first.manifest}`);
    else trackBySlug.set(track.slug, track);
    if (isReservedTrackSlug(track.slug)) at(`track slug "${track.slug}" is taken by the site's own /${track.slug} page`);
    for (const q of track.questions) {
      const firstFile = fileById.get(q.id);
      if (firstFile === undefined) fileById.set(q.id, q.file);
      else errors.push({ file: q.file, line: q.idLine, field: "id", message: `duplicate id "${q.id}", already used by ${firstFile}` });
    }
  }
  return errors;
}
