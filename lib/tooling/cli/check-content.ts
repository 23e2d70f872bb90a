/**
 * `npm run content`: checks and compiles every question, and checks that every committed diagram
 * SVG is already sanitised, printing every problem as `path:line: field: message` and exiting 1,
 * without a stack trace, when something is wrong. The build runs it first, so Next.js starts with a
 * warm compile cache and never ships an SVG the sanitiser would change.
 */
import { ContentErrorList } from "../../content/errors";
import { defaultTrackDir, loadTrack } from "../../content/load";
import { findUnsanitisedDiagrams } from "../../diagrams/check-cache";

const started = performance.now();
try {
  const track = await loadTrack(defaultTrackDir());
  const ms = Math.round(performance.now() - started);
  console.log(`content: ${track.questions.length} questions in ${track.sections.length} sections are valid (${ms} ms)`);
} catch (error) {
  if (!(error instanceof ContentErrorList)) throw error;
  console.error(error.message);
  process.exit(1);
}
const unsanitised = await findUnsanitisedDiagrams();
if (unsanitised.length > 0) {
  console.error(unsanitised.join("\n"));
  process.exit(1);
}
console.log("diagrams: every committed SVG is sanitised");
