import { expect, it } from "vitest";
import { buildSteps, stepRows } from "@/lib/tooling/bench/build-steps";
import { medianSteps } from "@/lib/tooling/bench/build-runs";

it("splits a build script into its commands", () => {
  expect(buildSteps("tsx a.ts && NEXT_TELEMETRY_DISABLED=1 next build && tsx b.ts")).toEqual([
    "tsx a.ts",
    "NEXT_TELEMETRY_DISABLED=1 next build",
    "tsx b.ts",
  ]);
});

it("adds a total row over the steps' wall and CPU times", () => {
  const cold = [
    { step: "a", wallMs: 1000, cpuMs: 500 },
    { step: "b", wallMs: 2000, cpuMs: 1500 },
  ];
  const warm = [
    { step: "a", wallMs: 100, cpuMs: 50 },
    { step: "b", wallMs: 200, cpuMs: 150 },
  ];
  expect(stepRows(cold, warm).at(-1)).toEqual(["total", "3.0 s", "2.0 s", "0.3 s", "0.2 s"]);
});

it("takes each step's median wall and CPU time over runs", () => {
  const runs = [1, 5, 3].map((s) => [{ step: "a", wallMs: s * 1000, cpuMs: s * 100 }]);
  expect(medianSteps(runs)).toEqual([{ step: "a", wallMs: 3000, cpuMs: 300 }]);
});

it("takes the mean of the middle two when the number of runs is even", () => {
  const runs = [1, 2].map((s) => [{ step: "a", wallMs: s * 1000 }]);
  expect(medianSteps(runs)).toEqual([{ step: "a", wallMs: 1500 }]);
});
