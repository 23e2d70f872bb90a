/** Absolute origin used for canonical URLs, Open Graph tags and the sitemap. */
export const siteUrl = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/$/, "");
export const siteName = "Followup";

export const questionPath = (id: string) => `/q/${id}`;
export const sectionPath = (track: string, section: string, page = 1) =>
  page > 1 ? `/${track}/${section}/page/${page}` : `/${track}/${section}`;
