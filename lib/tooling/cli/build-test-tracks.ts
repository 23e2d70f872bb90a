/**
 * `npm run build:tracks`: the multi-track test build. It imports one importer fixture page as a
 * track, then runs the ordinary `npm run build` with the fixture tracks and that imported track
 * added as extra content roots (FOLLOWUP_CONTENT_DIRS), writing the export to its own folder
 * (OUT_DIR, which next.config.mjs turns into Next's export folder) so out/ stays the shipped site.
 * It is the one build `npm run test:e2e` makes: Playwright serves that folder to every spec and
 * the `built` Vitest project reads it. Nothing it writes is committed.
 */
import { spawnSync } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { multiTrack } from "../multi-track";

function run(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync("npm", args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

await rm(multiTrack.root, { recursive: true, force: true });
const importedDir = path.join(multiTrack.importedRoot, multiTrack.importedSlug);
run([
  "run",
  "--silent",
  "import",
  "--",
  multiTrack.importFixture,
  "--track",
  multiTrack.importedSlug,
  "--out",
  importedDir,
]);
run(["run", "build"], {
  ...process.env,
  FOLLOWUP_CONTENT_DIRS: [multiTrack.fixtureRoot, multiTrack.importedRoot].join(path.delimiter),
  OUT_DIR: multiTrack.outDir,
});
