/**
 * `npm run build:repro`: builds the tree three times, twice from an empty `.next` and once more
 * reusing the second build's webpack cache, and fails unless all three exports are byte-identical.
 * Any difference defeats the precompression cache and every CDN's cache of unchanged pages.
 */
import { execFileSync } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { digestDifferences, digestDir } from "../bench/out-digest";

const root = process.cwd();
const out = path.join(root, "out");

async function build(label: string, clean: boolean): Promise<Map<string, string>> {
  console.log(`build:repro: ${label} ...`);
  if (clean) await rm(path.join(root, ".next"), { recursive: true, force: true });
  execFileSync("npm", ["run", "--silent", "build"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  return digestDir(out);
}

const first = await build("build 1, empty .next", true);
const second = await build("build 2, empty .next", true);
const third = await build("build 3, webpack cache of build 2", false);
const problems = [
  ...digestDifferences(first, second).map((line) => `build 1 vs 2: ${line}`),
  ...digestDifferences(second, third).map((line) => `build 2 vs 3: ${line}`),
];
if (problems.length > 0) {
  console.error(`build:repro: the same tree built to different files:\n${problems.join("\n")}`);
  process.exit(1);
}
console.log(`build:repro: ${first.size} files, byte-identical in all three builds`);
