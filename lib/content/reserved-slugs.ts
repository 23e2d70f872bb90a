/**
 * Top-level paths the site itself answers. A track lives at `/<slug>`, so a track named like one
 * of these would shadow a page (a unit test keeps this list in step with app/ and public/).
 */
export const reservedTrackSlugs = ["diagrams", "icons", "mock", "offline", "plan", "practice", "progress", "q", "questions"] as const;

export const isReservedTrackSlug = (slug: string) => (reservedTrackSlugs as readonly string[]).includes(slug);
