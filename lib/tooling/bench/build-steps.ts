/**
 * Runs `npm run build` one step at a time (the script's `&&`-joined commands) and times each:
 * wall time, and CPU time (user + system, children included) from GNU time when it is installed,
 * since on a shared machine wall time also counts waiting for a core.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export interface StepTime {
  step: string;
  wallMs: number;
  /** Undefined without /usr/bin/time. */
  cpuMs?: number;
}

const gnuTime = "/usr/bin/time";

/** The commands of a package.json script joined with `&&`. */
export function buildSteps(script: string): string[] {
  return script.split("&&").map((step) => step.trim());
}

export function timeBuildSteps(root: string): StepTime[] {
  const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
  const env = {
    ...process.env,
    PATH: `${path.join(root, "node_modules", ".bin")}${path.delimiter}${process.env.PATH}`,
  };
  const timeFile = path.join(mkdtempSync(path.join(os.tmpdir(), "followup-bench-time-")), "cpu");
  return buildSteps(pkg.scripts.build).map((step) => {
    const started = performance.now();
    if (existsSync(gnuTime)) {
      execFileSync(gnuTime, ["-f", "%U %S", "-o", timeFile, "sh", "-c", step], { cwd: root, env, stdio: "ignore" });
    } else execFileSync("sh", ["-c", step], { cwd: root, env, stdio: "ignore" });
    const wallMs = performance.now() - started;
    if (!existsSync(gnuTime)) return { step, wallMs };
    const [user, system] = readFileSync(timeFile, "utf8").trim().split(/\s+/).slice(-2).map(Number);
    return { step, wallMs, cpuMs: ((user ?? 0) + (system ?? 0)) * 1000 };
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Table rows: step, then cold and warm wall and CPU time. */
export function stepRows(cold: StepTime[], warm: StepTime[]): string[][] {
  const total = (times: StepTime[], key: "wallMs" | "cpuMs") => times.reduce((sum, t) => sum + (t[key] ?? 0), 0);
  const cpu = (t: StepTime | undefined) => (t?.cpuMs === undefined ? "" : seconds(t.cpuMs));
  const rows = [["step", "cold wall", "cold CPU", "warm wall", "warm CPU"]];
  cold.forEach((c, i) => rows.push([c.step, seconds(c.wallMs), cpu(c), seconds(warm[i]!.wallMs), cpu(warm[i])]));
  rows.push([
    "total",
    seconds(total(cold, "wallMs")),
    seconds(total(cold, "cpuMs")),
    seconds(total(warm, "wallMs")),
    seconds(total(warm, "cpuMs")),
  ]);
  return rows;
}
