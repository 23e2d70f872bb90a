/**
 * `npm run check` and `npm test`: runs the given shell commands side by side (on two cores the
 * unit tests on one and prettier, eslint, tsc and the test build on the other overlap well), prints
 * each one's output whole as it finishes, so no two interleave, and exits non-zero if any failed,
 * after all have finished, so every failure shows.
 *
 * Usage: tsx lib/tooling/cli/run-parallel.ts "<command>" ["<command>" ...]
 */
import { spawn } from "node:child_process";

interface Outcome {
  command: string;
  code: number;
  seconds: number;
}

function run(command: string): Promise<Outcome> {
  const started = performance.now();
  const child = spawn(command, {
    shell: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? "1" : "0") },
  });
  const output: Buffer[] = [];
  child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
  child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
  return new Promise((resolve) => {
    child.on("close", (code, signal) => {
      const seconds = (performance.now() - started) / 1000;
      const status = code === 0 ? "passed" : `FAILED (${signal ?? `exit ${code}`})`;
      process.stdout.write(`\n── ${command}: ${status} in ${seconds.toFixed(1)} s\n`);
      process.stdout.write(Buffer.concat(output));
      resolve({ command, code: code ?? 1, seconds });
    });
  });
}

const commands = process.argv.slice(2);
if (commands.length === 0) {
  console.error("usage: run-parallel <command> [<command> ...]");
  process.exit(2);
}
const outcomes = await Promise.all(commands.map(run));
const failed = outcomes.filter((o) => o.code !== 0);
process.stdout.write(`\n${outcomes.length - failed.length} of ${outcomes.length} passed`);
process.stdout.write(failed.length > 0 ? `; failed: ${failed.map((o) => o.command).join(", ")}\n` : "\n");
process.exit(failed.length > 0 ? 1 : 0);
