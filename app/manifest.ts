import type { MetadataRoute } from "next";
import { siteName } from "@/lib/site";

/** Dark-theme colours, matching the page's dark --bg; browsers that know the member use it. */
const darkColours = { theme_color: "#0b0b0f", background_color: "#0b0b0f" };

export const dynamic = "force-static";

/**
 * The web manifest (/manifest.webmanifest) that makes the site installable: it opens standalone at
 * the home page and its scope is the whole site. The icons are drawn from app/icon.svg (npm run icons).
 */
export default function manifest(): MetadataRoute.Manifest {
  const base: MetadataRoute.Manifest = {
    id: "/",
    name: `${siteName}: backend interview prep`,
    short_name: siteName,
    description:
      "Backend interview questions with model answers and follow-up ladders, spaced-repetition practice and mock interviews. Works offline once installed.",
    start_url: "/",
    scope: "/",
    display: "standalone",
    theme_color: "#ffffff",
    background_color: "#ffffff",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
  return Object.assign(base, { user_preferences: { color_scheme_dark: darkColours } });
}
