/**
 * The service worker (out/sw.js, bundled and given its precache list by
 * lib/tooling/cli/write-service-worker.ts). It serves the precached export first and the network
 * for anything else; a page that is neither cached nor reachable gets the offline page. A new
 * version waits until the page asks it to take over (the "A new version is ready" prompt), so
 * no update lands in the middle of a mock.
 */
import { NetworkOnly, Serwist, type PrecacheEntry } from "serwist";

declare const self: { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    // Pages read their own query (?track=, ?q=), so every query maps to the one cached page.
    ignoreURLParametersMatching: [/.*/],
    cleanupOutdatedCaches: true,
    concurrency: 4,
  },
  skipWaiting: false,
  // The first install takes the open page over at once, so it works offline without a reload.
  clientsClaim: true,
  runtimeCaching: [{ matcher: () => true, handler: new NetworkOnly() }],
  fallbacks: {
    entries: [{ url: "/offline.html", matcher: ({ request }) => request.destination === "document" }],
  },
});

serwist.addEventListeners();
