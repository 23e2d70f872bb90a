import { expect, test } from "vitest";
import { parseBenchArgs } from "@/lib/tooling/bench/bench-args";

test("no arguments: one build pair, five Lighthouse rounds, every step", () => {
  expect(parseBenchArgs([])).toEqual({ buildRuns: 1, lighthouseRuns: 5, onlyBuild: false, lighthouse: true });
});

test("every option is read, in either spelling of a value", () => {
  expect(parseBenchArgs(["--build-runs", "3", "--lighthouse-runs=2", "--only", "build", "--no-lighthouse"])).toEqual({
    buildRuns: 3,
    lighthouseRuns: 2,
    onlyBuild: true,
    lighthouse: false,
  });
});

test("a run count that is not a whole number of at least 1 is refused with the option's name", () => {
  expect(() => parseBenchArgs(["--build-runs", "0"])).toThrow(
    '--build-runs: expected a whole number of at least 1, got "0"',
  );
});

test("an unknown option is refused, not ignored", () => {
  expect(() => parseBenchArgs(["--lighthouse-run", "3"])).toThrow(/Unknown option '--lighthouse-run'/);
});

test("--only names the one step that can run alone", () => {
  expect(() => parseBenchArgs(["--only", "lighthouse"])).toThrow(
    '--only: the one step that can run alone is "build", got "lighthouse"',
  );
});
