import { expect, test } from "vitest";
import {
  closePhase,
  designPhases,
  outlineByPhase,
  phaseClock,
  phaseLabel,
  phaseTimes,
  roundMinutes,
} from "@/lib/mock/phases";

const min = 60_000;

test("the round's phases are planned at 5, 5, 10, 20 and 5 minutes, 45 in all", () => {
  expect(designPhases.map((p) => `${p.id}:${p.minutes}`)).toEqual([
    "requirements:5",
    "estimates:5",
    "high-level:10",
    "deep-dive:20",
    "wrap-up:5",
  ]);
  expect(roundMinutes).toBe(45);
});

test("before any phase is closed the clock counts down the first phase from the round's start", () => {
  expect(phaseClock([], 2 * min)).toEqual({
    index: 0,
    usedMs: 2 * min,
    plannedMs: 5 * min,
    leftMs: 3 * min,
    over: false,
    last: false,
  });
});

test("a later phase counts from the moment the one before it was closed", () => {
  const clock = phaseClock([4 * min, 11 * min], 15 * min);
  expect([clock.index, clock.usedMs, clock.leftMs]).toEqual([2, 4 * min, 6 * min]);
});

test("a phase past its plan is over, with negative time left", () => {
  const clock = phaseClock([], 6.5 * min);
  expect([clock.over, clock.leftMs]).toEqual([true, -1.5 * min]);
});

test("a phase exactly at its plan is not yet over", () => {
  expect(phaseClock([], 5 * min).over).toBe(false);
});

test("the wrap-up is the last phase and closing it changes nothing", () => {
  const ends = [5 * min, 10 * min, 20 * min, 40 * min];
  expect(phaseClock(ends, 41 * min).last).toBe(true);
  expect(closePhase(ends, 42 * min)).toEqual(ends);
});

test("closing a phase records the question time it was closed at", () => {
  expect(closePhase([3 * min], 9 * min)).toEqual([3 * min, 9 * min]);
});

test("a close mark never goes back before the one before it", () => {
  expect(closePhase([3 * min], 2 * min)).toEqual([3 * min, 3 * min]);
});

test("phase times give each phase's planned and actual time, null for phases not reached", () => {
  expect(phaseTimes([6 * min, 9 * min], 12 * min)).toEqual([
    { id: "requirements", plannedMs: 5 * min, usedMs: 6 * min },
    { id: "estimates", plannedMs: 5 * min, usedMs: 3 * min },
    { id: "high-level", plannedMs: 10 * min, usedMs: 3 * min },
    { id: "deep-dive", plannedMs: 20 * min, usedMs: null },
    { id: "wrap-up", plannedMs: 5 * min, usedMs: null },
  ]);
});

test("the phase times of a finished round add up to its question time", () => {
  const times = phaseTimes([5 * min, 11 * min, 20 * min, 41 * min], 45 * min);
  expect(times.reduce((sum, t) => sum + (t.usedMs ?? 0), 0)).toBe(45 * min);
});

test("a design answer's template headings fall under the phase that covers them", () => {
  const outline = outlineByPhase([
    "Requirements and scope",
    "Clarifying questions",
    "Estimates",
    "API and data model",
    "High-level design",
    "Trade-offs",
    "What each level shows",
  ]);
  expect(outline).toEqual({
    requirements: ["Requirements and scope", "Clarifying questions"],
    estimates: ["Estimates"],
    "high-level": ["API and data model", "High-level design"],
    "deep-dive": ["Trade-offs"],
    "wrap-up": ["What each level shows"],
  });
});

test("a heading the template does not name stays with the phase of the heading before it", () => {
  expect(outlineByPhase(["Trade-offs", "Red flags"])["deep-dive"]).toEqual(["Trade-offs", "Red flags"]);
});

test("a stored phase id this version does not know is labelled with the id itself", () => {
  expect([phaseLabel("deep-dive"), phaseLabel("capacity-review")]).toEqual(["Deep dive", "capacity-review"]);
});
