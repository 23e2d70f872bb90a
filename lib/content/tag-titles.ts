import type { Tag, Track } from "./schema";

/** What a tag picker needs of each tag. */
export type TagOption = Pick<Tag, "slug" | "title">;

/** Tag slug to the title readers see; slugs stay in URLs, data attributes and stored scopes. */
export function tagTitles(track: Pick<Track, "tags">): Record<string, string> {
  return Object.fromEntries(track.tags.map((t) => [t.slug, t.title]));
}

/** The vocabulary ordered by title, as a picker lists it. */
export function tagsByTitle(track: Pick<Track, "tags">): TagOption[] {
  return track.tags
    .map(({ slug, title }) => ({ slug, title }))
    .sort((a, b) => a.title.localeCompare(b.title, "en", { sensitivity: "base" }));
}
