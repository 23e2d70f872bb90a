/** The steps of `npm run build` (lib/tooling/cli/build.ts), as stages of steps that run together. */
import type { Step } from "./run-stages";

const tsx = (script: string, serverConditions = false): string[] => [
  "tsx",
  ...(serverConditions ? ["--conditions=react-server"] : []),
  `lib/tooling/cli/${script}`,
];

/**
 * Stages in order; the steps of a stage run together, the first one's failure deciding. Next's
 * compile reads no content, so the content check runs beside it and leaves the checked bank for
 * Next's prerendering; the search index and the CSP both read the finished export.
 */
export const buildStages: Step[][] = [
  [
    { name: "content check", command: tsx("check-content.ts", true) },
    { name: "next build", command: ["next", "build", "--webpack"], env: { NEXT_TELEMETRY_DISABLED: "1" } },
  ],
  [
    { name: "search index", command: tsx("write-search.ts", true) },
    { name: "csp", command: tsx("write-csp.ts") },
  ],
  [{ name: "precompress", command: tsx("precompress.ts") }],
];
