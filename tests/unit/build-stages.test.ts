import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, it, vi } from "vitest";
import { buildStages } from "@/lib/tooling/build/build-stages";
import { runStage, type Step } from "@/lib/tooling/build/run-stages";

/** A step that runs a line of JavaScript in Node. */
const node = (name: string, script: string): Step => ({ name, command: [process.execPath, "-e", script] });

/** Runs a stage and returns its result with everything it wrote to stdout and stderr, in order. */
async function capture(steps: Step[]) {
  const written: string[] = [];
  const record = (chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  };
  const out = vi.spyOn(process.stdout, "write").mockImplementation(record);
  const err = vi.spyOn(process.stderr, "write").mockImplementation(record);
  try {
    const result = await runStage(steps, 0);
    return { ...result, output: written.join("") };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

it("runs the steps of a stage at the same time", async () => {
  // The first step only succeeds once the second has written its file, so run in turn it would fail.
  const flag = path.join(await mkdtemp(path.join(os.tmpdir(), "followup-stage-")), "flag");
  const waitForFlag = `const fs = require("fs"); const until = Date.now() + 10000;
    const poll = () => fs.existsSync(${JSON.stringify(flag)}) ? console.log("saw it") : Date.now() > until ? process.exit(1) : setTimeout(poll, 20);
    poll();`;
  const result = await capture([
    node("a", waitForFlag),
    node("b", `require("fs").writeFileSync(${JSON.stringify(flag)}, "")`),
  ]);
  expect(result).toMatchObject({ code: 0, output: "saw it\n" });
});

it("shows a later step's output only after the first step has finished", async () => {
  const result = await capture([
    node("check", "setTimeout(() => console.log('check done'), 300)"),
    node("build", "console.log('build output')"),
  ]);
  expect(result.output).toBe("check done\nbuild output\n");
});

it("stops the other steps and drops their output when the first step fails", async () => {
  const result = await capture([
    node("check", "setTimeout(() => { console.error('content/a.mdx:3: title: too short'); process.exit(1); }, 200)"),
    node("build", "console.log('compiling'); setTimeout(() => console.log('never'), 5000)"),
  ]);
  expect(result).toMatchObject({ code: 1, output: "content/a.mdx:3: title: too short\n" });
});

it("takes a later step's failure once the first step has succeeded", async () => {
  const result = await capture([
    node("check", "console.log('ok')"),
    node("build", "console.error('broken'); process.exit(3)"),
  ]);
  expect(result).toMatchObject({ code: 3, output: "ok\nbroken\n" });
});

it("reports a wall time for every step that ran", async () => {
  const result = await capture([node("a", ""), node("b", "")]);
  expect(result.timings.map((t) => [t.step, t.stage, t.wallMs > 0])).toEqual([
    ["a", 0, true],
    ["b", 0, true],
  ]);
});

it("checks the content beside Next's compile, and writes search and CSP only after the export", () => {
  expect(buildStages.map((stage) => stage.map((step) => step.name))).toEqual([
    ["content check", "next build"],
    ["search index", "csp"],
    ["service worker"],
    ["precompress"],
  ]);
});

it("names a step whose program cannot be started, and fails the stage", async () => {
  const result = await capture([{ name: "content check", command: ["followup-no-such-program"] }]);
  expect(result.code).not.toBe(0);
  expect(result.output).toContain("build: content check: could not start followup-no-such-program:");
});

it("runs in-process steps in turn in this process, timing each", async () => {
  const order: string[] = [];
  const step = (name: string) => ({ name, run: async () => void order.push(name) });
  const result = await capture([step("search index"), step("csp")]);
  expect([order, result.timings.map((t) => [t.step, t.together])]).toEqual([
    ["search index", "csp"],
    [
      ["search index", false],
      ["csp", false],
    ],
  ]);
});

it("names an in-process step that throws, and stops its stage there", async () => {
  const ran: string[] = [];
  const result = await capture([
    {
      name: "csp",
      run: async () => Promise.reject(new Error("out/a.html: external script https://x.test/a.js is not same-origin")),
    },
    { name: "precompress", run: async () => void ran.push("precompress") },
  ]);
  expect([result.code, result.output, ran]).toEqual([
    1,
    "build: csp: out/a.html: external script https://x.test/a.js is not same-origin\n",
    [],
  ]);
});
