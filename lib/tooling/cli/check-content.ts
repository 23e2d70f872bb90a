/**
 * `npm run content [-- <dir>]`: checks and compiles every question, and checks that every committed
 * diagram SVG is already sanitised, printing every problem as `path:line: field: message` and
 * exiting 1, without a stack trace, when something is wrong. The build runs it first, so Next.js
 * starts with a warm compile cache and never ships an SVG the sanitiser would change. Without an
 * argument it checks every track the site is built from (lib/content/content-roots.ts) as one
 * bank; with a folder argument, that track folder, or every track folder in that content folder.
 */
import { writeBankCache, contentRoots, ContentErrorList, findTrackDirs, loadBank } from "@/lib/content/server";
import { findUnsanitisedDiagrams } from "@/lib/diagrams/server";
import { inputsHash } from "../build/inputs-hash.mjs";

const [dir] = process.argv.slice(2);
if (dir !== undefined && (await findTrackDirs(dir)).length === 0) {
  console.error(`${dir}:1: track: no track.json in this folder or in any folder inside it`);
  process.exit(1);
}
const started = performance.now();
try {
  const roots = dir === undefined ? contentRoots() : [dir];
  const tracks = await loadBank(roots);
  const ms = Math.round(performance.now() - started);
  for (const track of tracks) {
    console.log(
      `content: ${track.slug}: ${track.questions.length} questions in ${track.sections.length} sections are valid`,
    );
  }
  console.log(`content: ${tracks.length} track${tracks.length === 1 ? "" : "s"} checked together (${ms} ms)`);
  // Hand the checked bank of the whole site to the rest of the build (lib/content/bank-cache.ts).
  if (dir === undefined) await writeBankCache(roots, inputsHash(), tracks);
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
