/**
 * Runs build steps as child processes, stage by stage: the steps of one stage run at the same
 * time, and a stage starts when the one before it has finished. Within a stage the first step
 * speaks first: the others' output is held back until it has succeeded, and if it fails they are
 * stopped and their output dropped, so a content error reads as the content check printed it and
 * never as a crash of the `next build` that ran beside it.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** A step run as a child process. */
export interface ProcessStep {
  /** Short name for timings and messages. */
  name: string;
  /** Program and arguments; the program is looked up on PATH. */
  command: string[];
  env?: Record<string, string>;
}

/** A step run in the build's own process, which saves starting another Node for a short step. */
export interface InProcessStep {
  name: string;
  run: () => Promise<void>;
}

export type Step = ProcessStep | InProcessStep;

export interface StepTiming {
  step: string;
  stage: number;
  /** Ran at the same time as another step of its stage. */
  together: boolean;
  wallMs: number;
  /** User + system time of the step and its children; only measured on request. */
  cpuMs?: number;
}

export interface StageResult {
  /** 0 when every step succeeded, else the exit code of the step that decides. */
  code: number;
  timings: StepTiming[];
}

interface Output {
  stream: NodeJS.WriteStream;
  chunk: Buffer;
}

interface Running {
  step: ProcessStep;
  /** Output not yet written while an earlier step of the stage runs; "drop" once it is stopped. */
  held: Output[] | "drop" | undefined;
  done: Promise<{ code: number; wallMs: number; cpuMs?: number }>;
  stop: () => void;
}

const gnuTime = "/usr/bin/time";

/** Steps still running, so an interrupted build can stop them (they have their own process groups). */
const live = new Set<Running>();

/** Stops every step still running; for the build's SIGINT and SIGTERM handlers. */
export function stopAll(): void {
  for (const running of live) running.stop();
}

function start(step: ProcessStep, options: { hold: boolean; measureCpu: boolean }): Running {
  const started = performance.now();
  const timeFile = options.measureCpu
    ? path.join(mkdtempSync(path.join(os.tmpdir(), "followup-build-time-")), "cpu")
    : undefined;
  const [program, ...args] = timeFile ? [gnuTime, "-f", "%U %S", "-o", timeFile, ...step.command] : step.command;
  // Its own process group, so stopping it also stops the workers it started.
  const child = spawn(program!, args, {
    env: { ...process.env, ...step.env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const running: Running = {
    step,
    held: options.hold ? [] : undefined,
    done: new Promise((resolve) => {
      child.on("close", (code, signal) => {
        const wallMs = performance.now() - started;
        const cpu =
          timeFile && existsSync(timeFile) ? readFileSync(timeFile, "utf8").trim().split(/\s+/).slice(-2) : [];
        const cpuMs = cpu.length === 2 ? (Number(cpu[0]) + Number(cpu[1])) * 1000 : undefined;
        if (timeFile) rmSync(path.dirname(timeFile), { recursive: true, force: true });
        resolve({ code: code ?? (signal ? 1 : 0), wallMs, ...(cpuMs === undefined ? {} : { cpuMs }) });
      });
    }),
    stop: () => {
      try {
        if (child.pid) process.kill(-child.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
    },
  };
  const forward = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
    if (running.held === undefined) stream.write(chunk);
    else if (running.held !== "drop") running.held.push({ stream, chunk });
  };
  child.stdout.on("data", forward(process.stdout));
  child.stderr.on("data", forward(process.stderr));
  live.add(running);
  void running.done.then(() => live.delete(running));
  child.on("error", (error) => {
    process.stderr.write(`build: ${step.name}: could not start ${step.command[0]}: ${error.message}\n`);
  });
  return running;
}

const release = (running: Running) => {
  if (running.held === "drop") return;
  for (const { stream, chunk } of running.held ?? []) stream.write(chunk);
  running.held = undefined;
};

/**
 * Runs in-process steps one after another in this process, timing each; a step that throws is
 * reported by name and ends the stage.
 */
async function runInProcess(steps: InProcessStep[], stage: number): Promise<StageResult> {
  const timings: StepTiming[] = [];
  for (const step of steps) {
    const [started, cpu] = [performance.now(), process.cpuUsage()];
    try {
      await step.run();
    } catch (error) {
      process.stderr.write(`build: ${step.name}: ${error instanceof Error ? error.message : String(error)}\n`);
      return { code: 1, timings };
    } finally {
      const used = process.cpuUsage(cpu);
      timings.push({
        step: step.name,
        stage,
        together: false,
        wallMs: performance.now() - started,
        cpuMs: (used.user + used.system) / 1000,
      });
    }
  }
  return { code: 0, timings };
}

/**
 * Runs one stage. Child-process steps run together (see the module comment for whose output is
 * shown and whose failure decides); in-process steps run in turn. A stage holds one kind only.
 */
export async function runStage(steps: Step[], stage: number, measureCpu = false): Promise<StageResult> {
  const inProcess = steps.filter((step): step is InProcessStep => "run" in step);
  if (inProcess.length === steps.length) return runInProcess(inProcess, stage);
  if (inProcess.length > 0) throw new Error(`build stage ${stage + 1} mixes in-process steps and commands`);
  const running = (steps as ProcessStep[]).map((step, i) => start(step, { hold: i > 0, measureCpu }));
  const timings: StepTiming[] = [];
  let code = 0;
  for (const [i, current] of running.entries()) {
    // Its turn: what it printed while an earlier step ran is written, and the rest goes straight out.
    release(current);
    const result = await current.done;
    timings.push({
      step: current.step.name,
      stage,
      together: running.length > 1,
      wallMs: result.wallMs,
      ...(result.cpuMs === undefined ? {} : { cpuMs: result.cpuMs }),
    });
    if (result.code !== 0) {
      code = result.code;
      for (const later of running.slice(i + 1)) {
        later.held = "drop";
        later.stop();
      }
      // Wait for them, so nothing is still writing into the export when the build reports.
      await Promise.all(running.slice(i + 1).map((later) => later.done));
      break;
    }
  }
  return { code, timings };
}
