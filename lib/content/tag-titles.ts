import type { Tag, Track } from "./schema";

/** What a tag picker needs of each tag. */
export type TagOption = Pick<Tag, "slug" | "title">;

/** Tag slug to the title readers see; slugs stay in URLs, data attributes and stored scopes. */
export function tagTitles(track: Pick<Track, "tags">): Record<string, string> {
  return Object.fromEntries(track.tags.map((t) => [t.slug, t.title]));
}

/**
 * Every track's tags as one vocabulary, for pages that span tracks: a slug two tracks share is
 * listed once, with the first track's title.
 */
export function mergedTags(tracks: readonly Pick<Track, "tags">[]): Pick<Track, "tags"> {
  const seen = new Map<string, Tag>();
  for (const track of tracks) for (const tag of track.tags) if (!seen.has(tag.slug)) seen.set(tag.slug, tag);
  return { tags: [...seen.values()] };
}

/** The vocabulary ordered by title, as a picker lists it. */
export function tagsByTitle(track: Pick<Track, "tags">): TagOption[] {
  return track.tags
    .map(({ slug, title }) => ({ slug, title }))
    .sort((a, b) => a.title.localeCompare(b.title, "en", { sensitivity: "base" }));
}
