export const siteName = "Followup";

export const questionPath = (id: string) => `/q/${id}`;
export const trackPath = (track: string) => `/${track}`;
export const sectionPath = (track: string, section: string, page = 1) =>
  page > 1 ? `/${track}/${section}/page/${page}` : `/${track}/${section}`;

/** Practice links; /practice validates both parameters (lib/practice/scope.ts). */
/** Practice of exactly these questions, in this order; ids are slugs, so commas need no escaping. */
export const practiceQuestionsPath = (ids: readonly string[]) => `/practice?q=${ids.join(",")}`;
export const practiceQuestionPath = (id: string) => `/practice?q=${encodeURIComponent(id)}`;
/** Practice of every question bookmarked in this browser (lib/notes/saved-scope.ts). */
export const practiceBookmarksPath = "/practice?saved=bookmarked";
/**
 * Section slugs are unique only within a track, so a link that knows its track names it too.
 * `include` puts these questions first even while they are still in learning (a mock's flags).
 */
export const practiceSectionsPath = (slugs: readonly string[], track?: string, include: readonly string[] = []) =>
  `/practice?${track ? `track=${encodeURIComponent(track)}&` : ""}sections=${slugs.map(encodeURIComponent).join(",")}${
    include.length > 0 ? `&include=${include.join(",")}` : ""
  }`;

/** Practice and mock interviews drawn from one track; `track` is read in lib/url/track-param.ts. */
export const practiceTrackPath = (track: string) => `/practice?track=${encodeURIComponent(track)}`;
export const mockTrackPath = (track: string) => `/mock?track=${encodeURIComponent(track)}`;

/** The all-questions list filtered to one tag; the parameter is `tag` in lib/search/filters.ts. */
export const tagFilterPath = (tag: string) => `/questions?tag=${encodeURIComponent(tag)}`;
