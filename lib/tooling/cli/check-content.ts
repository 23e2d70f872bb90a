/**
 * `npm run content [-- <dir>]`: checks and compiles every question, and checks that every committed
 * diagram SVG is already sanitised, printing every problem as `path:line: field: message` and
 * exiting 1, without a stack trace, when something is wrong. The build runs it first, so Next.js
 * starts with a warm compile cache and never ships an SVG the sanitiser would change. With a
 * folder argument it checks that track folder, or every track folder in that content folder.
 */
import { ContentErrorList } from "../../content/errors";
import { findTrackDirs } from "../../content/find-tracks";
import { defaultTrackDir, loadTrack } from "../../content/load";
import { findUnsanitisedDiagrams } from "../../diagrams/check-cache";

const [dir] = process.argv.slice(2);
const trackDirs = dir === undefined ? [defaultTrackDir()] : await findTrackDirs(dir);
if (trackDirs.length === 0) {
  console.error(`${dir}:1: track: no track.json in this folder or in any folder inside it`);
  process.exit(1);
}
let failed = false;
for (const trackDir of trackDirs) {
  const started = performance.now();
  try {
    const track = await loadTrack(trackDir);
    const ms = Math.round(performance.now() - started);
    console.log(
      `content: ${track.slug}: ${track.questions.length} questions in ${track.sections.length} sections are valid (${ms} ms)`,
    );
  } catch (error) {
    if (!(error instanceof ContentErrorList)) throw error;
    console.error(error.message);
    failed = true;
  }
}
if (failed) process.exit(1);
const unsanitised = await findUnsanitisedDiagrams();
if (unsanitised.length > 0) {
  console.error(unsanitised.join("\n"));
  process.exit(1);
}
console.log("diagrams: every committed SVG is sanitised");
