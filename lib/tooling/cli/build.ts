/**
 * `npm run build`: checks the content while Next compiles the app (which reads no content), then
 * lets Next prerender every page from the bank the check left (lib/content/bank-cache.ts), then,
 * in this process, writes the search index and the Content Security Policy and precompresses the
 * export. A content error stops the build with the content check's own `path:line` messages.
 * Runs with the react-server condition, as the search writer reads build-time modules.
 *
 * FOLLOWUP_BUILD_TIMES=<file> writes each step's wall and CPU time there as JSON (`npm run bench`).
 */
import { writeFileSync } from "node:fs";
import { buildStages } from "../build/build-stages";
import { runStage, stopAll, type StepTiming } from "../build/run-stages";

// The steps run in their own process groups, out of reach of the terminal's Ctrl-C: pass it on.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
}

const timesFile = process.env.FOLLOWUP_BUILD_TIMES;
const started = performance.now();
const timings: StepTiming[] = [];
let code = 0;
for (const [stage, steps] of buildStages.entries()) {
  const result = await runStage(steps, stage, timesFile !== undefined);
  timings.push(...result.timings);
  code = result.code;
  if (code !== 0) break;
}
if (timesFile) writeFileSync(timesFile, JSON.stringify({ wallMs: performance.now() - started, steps: timings }));
process.exit(code);
