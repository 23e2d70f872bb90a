/**
 * Runs after the CSP step, so the pages it lists are the ones served: bundles the service worker
 * (lib/pwa/sw.ts) into out/sw.js and injects its precache list with @serwist/build. The list holds
 * the pages, the app's scripts, styles and fonts, the deck and card data, the question catalog,
 * the search index, the diagrams and the icons. It leaves out Open Graph images, the precompressed
 * copies, the RSC payload files (no link on the site navigates on the client, so none is fetched)
 * and the host configuration files.
 */
import path from "node:path";
import { injectManifest } from "@serwist/build";
import { build } from "esbuild";
import { isMain } from "./is-main";

export const precachePatterns = [
  "**/*.html",
  "_next/static/**/*.{js,css,woff2,json}",
  "practice/deck.json",
  "practice/cards/*.json",
  "questions/catalog.json",
  "search-index/**/*.json",
  "diagrams/*.svg",
  "icon.svg",
  "icons/*.png",
  "manifest.webmanifest",
];

export async function writeServiceWorker(out = path.resolve(process.env.OUT_DIR ?? "out")) {
  const swDest = path.join(out, "sw.js");
  await build({
    entryPoints: [path.resolve("lib/pwa/sw.ts")],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    outfile: swDest,
    logLevel: "warning",
    define: { "process.env.NODE_ENV": '"production"' },
  });
  const { count, size, warnings } = await injectManifest({
    swSrc: swDest,
    swDest,
    globDirectory: out,
    globPatterns: precachePatterns,
    globIgnores: ["404.html", "_not-found.html", "**/_not-found/**"],
    // Next's bundles carry their hash in their name; the rest are revisioned by their bytes.
    dontCacheBustURLsMatching: /^_next\/static\//,
    // Next's route folders ([track]) appear in bundle paths; pages request them percent-encoded.
    manifestTransforms: [
      async (entries) => ({ manifest: entries.map((e) => ({ ...e, url: `/${encodeURI(e.url)}` })), warnings: [] }),
    ],
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  });
  if (warnings.length > 0) throw new Error(`service worker: ${warnings.join("; ")}`);
  console.log(`service worker: ${count} files precached, ${(size / 1e6).toFixed(2)} MB`);
  return { count, size };
}

if (isMain(import.meta.url)) {
  await writeServiceWorker().catch((error: unknown) => {
    console.error(`service worker: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
