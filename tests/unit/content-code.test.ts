import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { transform } from "esbuild";
import { describe, expect, test } from "vitest";
import { listCodeFences } from "@/lib/content/code-fences";
import { packageImports } from "@/tests/support/content-examples/imports";
import { examplesWorkspace } from "@/tests/support/content-examples/workspace";
import { defaultTrackDir } from "@/lib/content/load";

const fences = await listCodeFences(defaultTrackDir());
const parsable = fences.filter((f) => f.lang === "js" || f.lang === "ts");
const runnable = fences.filter((f) => f.meta.run);
const run = promisify(execFile);

test("the track has at least 15 runnable examples", () => {
  expect(runnable.length).toBeGreaterThanOrEqual(15);
});

test("at least 4 runnable examples use a pinned third-party package", () => {
  expect(runnable.filter((f) => packageImports(f.value).length > 0).length).toBeGreaterThanOrEqual(4);
});

describe("every js and ts fence parses", () => {
  test.each(parsable.map((f) => [`${f.file}:${f.line}`, f] as const))("%s", async (_, fence) => {
    await expect(transform(fence.value, { loader: fence.lang as "js" | "ts", format: "esm" })).resolves.toBeDefined();
  });
});

const normalise = (text: string, unordered: boolean) => {
  const lines = text
    .replace(/\s+$/, "")
    .split("\n")
    .map((l) => l.trimEnd());
  return unordered ? lines.sort() : lines;
};

// The examples run side by side, one per core: more would share a core, and a CPU-heavy example
// (scrypt at its real cost, a heap snapshot) could then run past its timeout, which only guards
// against a hung example and so is generous.
const slots = os.availableParallelism();
let running = 0;
const waiting: (() => void)[] = [];
async function oneCore<T>(task: () => Promise<T>): Promise<T> {
  while (running >= slots) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await task();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

describe("every runnable example prints what its output block claims", () => {
  test.concurrent.for(runnable.map((f) => [`${f.file}:${f.line}`, f] as const))(
    "%s",
    { timeout: 90_000 },
    async ([, fence], { expect }) => {
      // A fence that imports packages runs inside the examples workspace, so Node resolves them
      // from its node_modules at the pinned versions.
      const base = packageImports(fence.value).length > 0 ? path.join(examplesWorkspace, ".run") : os.tmpdir();
      await mkdir(base, { recursive: true });
      const dir = await mkdtemp(path.join(base, "followup-run-"));
      const file = path.join(dir, fence.meta.cjs ? "example.cjs" : "example.mjs");
      await writeFile(file, fence.value);
      const { stdout } = await oneCore(() =>
        run(process.execPath, [file], { cwd: dir, timeout: 60_000, env: { ...process.env, NO_COLOR: "1" } }),
      ).finally(() => rm(dir, { recursive: true, force: true }));
      expect(normalise(stdout, fence.meta.unordered)).toEqual(
        normalise(fence.expectedOutput ?? "", fence.meta.unordered),
      );
    },
  );
});
