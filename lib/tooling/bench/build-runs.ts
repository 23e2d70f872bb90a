/**
 * The build part of `npm run bench`: cold builds (no `.next`, no `out`, no compile or precompression
 * cache), each followed by a warm one with nothing changed, timed step by step. Every warm export
 * must be byte-identical to its cold one; the machine's load average is noted with each run, since
 * other work on a shared machine stretches wall time (CPU time much less).
 */
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { timeBuild, type BuildTime } from "./build-steps";
import { digestDifferences, digestDir } from "./out-digest";

export interface BuildRun {
  cold: BuildTime;
  warm: BuildTime;
  /** 1-minute load average before the cold and before the warm build. */
  load: [number, number];
  /** Files the warm build wrote differently from the cold one. */
  differences: string[];
}

const caches = ["followup-mdx", "followup-precompress", "followup-og", "followup-bank"];

export async function coldAndWarm(root: string): Promise<BuildRun> {
  for (const dir of [".next", "out"]) await rm(path.join(root, dir), { recursive: true, force: true });
  for (const cache of caches)
    await rm(path.join(root, "node_modules", ".cache", cache), { recursive: true, force: true });
  const coldLoad = os.loadavg()[0]!;
  const cold = timeBuild(root);
  const coldOut = await digestDir(path.join(root, "out"));
  const warmLoad = os.loadavg()[0]!;
  const warm = timeBuild(root);
  const differences = digestDifferences(coldOut, await digestDir(path.join(root, "out")));
  return { cold, warm, load: [coldLoad, warmLoad], differences };
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The median build over several runs of the same steps: its wall time and, per step, wall and CPU time. */
export function medianBuild(runs: readonly BuildTime[]): BuildTime {
  return {
    wallMs: median(runs.map((run) => run.wallMs)),
    steps: runs[0]!.steps.map((first, i) => {
      const cpu = runs.map((run) => run.steps[i]!.cpuMs).filter((ms) => ms !== undefined);
      return {
        step: first.step,
        stage: first.stage,
        together: first.together,
        wallMs: median(runs.map((run) => run.steps[i]!.wallMs)),
        ...(cpu.length === runs.length ? { cpuMs: median(cpu) } : {}),
      };
    }),
  };
}
