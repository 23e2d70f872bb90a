/**
 * `npm run content`: checks and compiles every question, printing every problem as
 * `path:line: field: message` and exiting 1, without a stack trace, when content is wrong.
 * The build runs it first, so Next.js starts with a warm compile cache.
 */
import { ContentErrorList } from "../content/errors";
import { defaultTrackDir, loadTrack } from "../content/load";

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
