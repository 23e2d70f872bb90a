/**
 * `npm run import -- <file> --track <slug> [--out <dir>]`: converts an accordion Q&A page (MDX, its
 * Markdown export, or plain `##`/`###` Markdown) into a track folder, printing the import report.
 * Errors print as `file:line: field: message` and leave no output behind.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { kebab } from "@/lib/content";
import { ImportError, runImport, reportFileName } from "@/lib/import/server";
import { renderImportedDiagrams } from "../diagrams/import-diagrams";

const usage = "usage: npm run import -- <file> --track <slug> [--out <dir>]";
let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({ allowPositionals: true, options: { track: { type: "string" }, out: { type: "string" } } });
}
try {
  args = parse();
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const [file, ...extra] = args.positionals;
const track = args.values.track;
if (!file || extra.length > 0 || !track) {
  console.error(usage);
  process.exit(2);
}
if (!kebab.safeParse(track).success) {
  console.error(`--track ${track}: must be kebab-case (a-z, 0-9 and single hyphens)`);
  process.exit(2);
}
const out = args.values.out ?? path.join("content", track);
const started = performance.now();
try {
  const result = await runImport(file, track, out);
  process.stdout.write(result.report);
  const ms = Math.round(performance.now() - started);
  console.log(
    `\nwrote ${result.questions.length} questions to ${out} (${ms} ms); report in ${path.join(out, reportFileName)}`,
  );
  if (result.report.includes("npm run diagrams")) {
    // Drawn here, so the content check passes straight after the import.
    const diagrams = await renderImportedDiagrams(out);
    console.log(`diagrams: ${diagrams.rendered} drawn, ${diagrams.cached} already drawn`);
    for (const problem of diagrams.problems) console.error(`warning: ${problem}`);
  }
  console.log(`next: npm run content -- ${out}`);
} catch (error) {
  if (!(error instanceof ImportError)) throw error;
  console.error(error.message);
  process.exit(1);
}
