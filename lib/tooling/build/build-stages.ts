/** The steps of `npm run build` (lib/tooling/cli/build.ts), in stages. */
import type { Step } from "./run-stages";

/**
 * Stages in order; the commands of a stage run together, the first one's failure deciding. Next's
 * compile reads no content, so the content check runs beside it and leaves the checked bank for
 * Next's prerendering; the search index and the CSP both read the finished export. Those short
 * steps and the precompression run in the build's own process (lib/tooling/cli/build.ts), which
 * saves starting Node and tsx three more times.
 */
export const buildStages: Step[][] = [
  [
    { name: "content check", command: ["tsx", "--conditions=react-server", "lib/tooling/cli/check-content.ts"] },
    { name: "next build", command: ["next", "build", "--webpack"], env: { NEXT_TELEMETRY_DISABLED: "1" } },
  ],
  [
    { name: "search index", run: async () => (await import("../cli/write-search")).writeSearchIndex() },
    { name: "csp", run: async () => (await import("../cli/write-csp")).writeCsp() },
  ],
  // The worker's precache list is made from the pages as the CSP step left them.
  [
    {
      name: "service worker",
      run: async () => void (await (await import("../cli/write-service-worker")).writeServiceWorker()),
    },
  ],
  [{ name: "precompress", run: async () => (await import("../cli/precompress")).precompressExport() }],
];
