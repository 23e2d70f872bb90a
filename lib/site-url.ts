/** Where the site is served when SITE_URL is not set: what `npm start` serves. */
export const defaultSiteUrl = "http://localhost:3000";

const problem = (value: string, why: string) =>
  new Error(
    `SITE_URL must be the site's absolute http(s) origin, such as https://followup.example (${why}); got ${JSON.stringify(value.slice(0, 200))}.`,
  );

/**
 * The build-time SITE_URL as an origin without a trailing slash, or the default when unset. Anything
 * else fails the build, since a wrong value would be baked into every canonical link and the sitemap.
 */
export function parseSiteUrl(value: string | undefined): string {
  if (value === undefined || value.trim() === "") return defaultSiteUrl;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw problem(value, "it is not an absolute URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw problem(value, "only http and https work");
  if (url.username || url.password) throw problem(value, "it must not carry a user name or password");
  if (url.pathname !== "/" || url.search || url.hash)
    throw problem(value, "it must not have a path, query or fragment");
  return url.origin;
}

/** Absolute origin used for canonical URLs, Open Graph tags, robots.txt and the sitemap. Build time only. */
export const siteUrl = parseSiteUrl(process.env.SITE_URL);
