/**
 * Runs `npm run build` once and reads back the time of each of its steps, which the build writes
 * when FOLLOWUP_BUILD_TIMES names a file (lib/tooling/cli/build.ts): wall time, and CPU time
 * (user + system, children included) from GNU time when it is installed, since on a shared
 * machine wall time also counts waiting for a core. Some steps run at the same time, so the
 * build's wall time is less than the sum of its steps'.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export interface StepTime {
  step: string;
  stage: number;
  /** Ran at the same time as another step of its stage. */
  together: boolean;
  wallMs: number;
  /** Undefined without /usr/bin/time. */
  cpuMs?: number;
}

export interface BuildTime {
  /** The whole build, start to finish. */
  wallMs: number;
  steps: StepTime[];
}

export function timeBuild(root: string): BuildTime {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "followup-bench-build-")), "times.json");
  execFileSync("npm", ["run", "--silent", "build"], {
    cwd: root,
    env: { ...process.env, FOLLOWUP_BUILD_TIMES: file },
    stdio: "ignore",
  });
  return JSON.parse(readFileSync(file, "utf8")) as BuildTime;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Table rows: step (numbered by stage, `∥` marking steps that ran beside another), then cold and
 * warm wall and CPU time; the total row has the build's own wall time and the sum of CPU times.
 */
export function stepRows(cold: BuildTime, warm: BuildTime): string[][] {
  const cpuTotal = (build: BuildTime) => build.steps.reduce((sum, s) => sum + (s.cpuMs ?? 0), 0);
  const cpu = (t: StepTime | undefined) => (t?.cpuMs === undefined ? "" : seconds(t.cpuMs));
  const rows = [["step", "cold wall", "cold CPU", "warm wall", "warm CPU"]];
  cold.steps.forEach((c, i) =>
    rows.push([
      `${c.stage + 1}${c.together ? "∥" : "."} ${c.step}`,
      seconds(c.wallMs),
      cpu(c),
      seconds(warm.steps[i]!.wallMs),
      cpu(warm.steps[i]),
    ]),
  );
  rows.push(["total", seconds(cold.wallMs), seconds(cpuTotal(cold)), seconds(warm.wallMs), seconds(cpuTotal(warm))]);
  return rows;
}
