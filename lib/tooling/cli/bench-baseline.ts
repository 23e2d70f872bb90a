/**
 * `npm run bench:baseline -- <rev> [rounds]`: cold builds of an earlier commit and of this tree,
 * taken in turn in the same minutes, and the ratio of their times. This machine's speed swings
 * by a third or more from one hour to the next, so a build time is only comparable with one
 * measured beside it. The commit is checked out in `.bench/baseline-<rev>` with its own `npm ci`
 * (kept for the next run); every build starts without `.next`, `out` or `node_modules/.cache`.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const [rev, roundsArg] = process.argv.slice(2);
if (!rev) {
  console.error("usage: npm run bench:baseline -- <commit> [rounds]");
  process.exit(2);
}
const rounds = Math.max(1, Number(roundsArg) || 3);
const root = process.cwd();
const commit = execFileSync("git", ["rev-parse", "--short", `${rev}^{commit}`], { encoding: "utf8" }).trim();
const baseline = path.join(root, ".bench", `baseline-${commit}`);

if (!existsSync(baseline)) {
  console.log(`baseline: checking out ${commit} in ${path.relative(root, baseline)} and installing its lockfile ...`);
  execFileSync("git", ["worktree", "add", "--detach", baseline, commit], { stdio: "ignore" });
  execFileSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: baseline, stdio: "ignore" });
}

interface ColdBuild {
  wallS: number;
  cpuS: number;
  load: number;
}

/** One cold `npm run build` in `dir`, timed by GNU time. */
function coldBuild(dir: string): ColdBuild {
  for (const entry of [".next", "out", path.join("node_modules", ".cache")])
    rmSync(path.join(dir, entry), { recursive: true, force: true });
  const timeFile = path.join(mkdtempSync(path.join(os.tmpdir(), "followup-baseline-")), "time");
  const load = os.loadavg()[0]!;
  const build = spawnSync("/usr/bin/time", ["-f", "%e %U %S", "-o", timeFile, "npm", "run", "--silent", "build"], {
    cwd: dir,
    stdio: "ignore",
  });
  if (build.status !== 0) throw new Error(`${dir}: npm run build failed (exit ${build.status})`);
  const [wallS = NaN, user = NaN, system = NaN] = readFileSync(timeFile, "utf8").trim().split(/\s+/).map(Number);
  rmSync(path.dirname(timeFile), { recursive: true, force: true });
  return { wallS, cpuS: user + system, load };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ratios: number[] = [];
console.log("round  baseline wall / CPU   this tree wall / CPU   ratio  load before each");
for (let round = 1; round <= rounds; round++) {
  const before = coldBuild(baseline);
  const now = coldBuild(root);
  const ratio = now.wallS / before.wallS;
  ratios.push(ratio);
  console.log(
    `${String(round).padEnd(5)}  ${before.wallS.toFixed(1)} s / ${before.cpuS.toFixed(1)} s`.padEnd(29) +
      `${now.wallS.toFixed(1)} s / ${now.cpuS.toFixed(1)} s`.padEnd(23) +
      `${ratio.toFixed(2)}   ${before.load.toFixed(1)} / ${now.load.toFixed(1)}`,
  );
}
console.log(
  `baseline ${commit}: this tree's cold build takes ${median(ratios).toFixed(2)} of its time (median of ${rounds})`,
);
