import { expect, it } from "vitest";
import { stepRows } from "@/lib/tooling/bench/build-steps";
import { medianBuild } from "@/lib/tooling/bench/build-runs";

const cold = {
  wallMs: 2500,
  steps: [
    { step: "a", stage: 0, together: true, wallMs: 1000, cpuMs: 500 },
    { step: "b", stage: 0, together: true, wallMs: 2000, cpuMs: 1500 },
    { step: "c", stage: 1, together: false, wallMs: 400, cpuMs: 300 },
    { step: "d", stage: 1, together: false, wallMs: 100, cpuMs: 100 },
  ],
};
/** The same steps, each ten times faster. */
const warm = {
  wallMs: 250,
  steps: cold.steps.map((step) => ({ ...step, wallMs: step.wallMs / 10, cpuMs: step.cpuMs / 10 })),
};

it("totals the build's own wall time and the steps' CPU time, since steps of a stage overlap", () => {
  expect(stepRows(cold, warm).at(-1)).toEqual(["total", "2.5 s", "2.4 s", "0.3 s", "0.2 s"]);
});

it("numbers steps by stage and marks those that ran beside another", () => {
  expect(
    stepRows(cold, warm)
      .slice(1, -1)
      .map((row) => row[0]),
  ).toEqual(["1∥ a", "1∥ b", "2. c", "2. d"]);
});

it("takes the build's and each step's median wall and CPU time over runs", () => {
  const runs = [1, 5, 3].map((s) => ({
    wallMs: s * 2000,
    steps: [{ step: "a", stage: 0, together: false, wallMs: s * 1000, cpuMs: s * 100 }],
  }));
  expect(medianBuild(runs)).toEqual({
    wallMs: 6000,
    steps: [{ step: "a", stage: 0, together: false, wallMs: 3000, cpuMs: 300 }],
  });
});

it("takes the mean of the middle two when the number of runs is even", () => {
  const runs = [1, 2].map((s) => ({
    wallMs: s * 1000,
    steps: [{ step: "a", stage: 0, together: false, wallMs: s * 1000 }],
  }));
  expect(medianBuild(runs)).toEqual({ wallMs: 1500, steps: [{ step: "a", stage: 0, together: false, wallMs: 1500 }] });
});
