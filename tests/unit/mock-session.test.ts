import { expect, test } from "vitest";
import {
  current,
  mockReducer,
  overallRemaining,
  questionRemaining,
  runElapsed,
  startMock,
  type MockAction,
  type MockSession,
} from "@/lib/mock/session";
import { defaultSettings, type MockSettings } from "@/lib/mock/settings";

const t0 = 1_000_000;
const min = 60_000;
const counts = { a: 4, b: 4, c: 4 };
const settings = (over: Partial<MockSettings> = {}): MockSettings => ({
  ...defaultSettings("seed1234"),
  count: 3,
  minutesPerQuestion: 5,
  overallMinutes: 20,
  depth: 3,
  autoFollowUpPercent: 0,
  ...over,
});
const run = (s: MockSession, ...actions: MockAction[]) => actions.reduce(mockReducer, s);
const tick = (now: number): MockAction => ({ type: "tick", now, followUpCounts: counts });

test("start puts the first question on the clock with the full budgets", () => {
  const s = startMock(settings(), ["a", "b", "c"], t0);
  expect([current(s).id, questionRemaining(s, t0), overallRemaining(s, t0)]).toEqual(["a", 5 * min, 20 * min]);
});

test("remaining time comes from timestamps, however rarely the clock ticks", () => {
  const s = run(startMock(settings(), ["a", "b", "c"], t0), tick(t0 + 90_000));
  expect(questionRemaining(s, t0 + 90_000)).toBe(3.5 * min);
});

test("follow-ups are revealed one at a time and never beyond the chosen depth", () => {
  const reveal: MockAction = { type: "follow-up", now: t0, available: 4 };
  const s = run(startMock(settings(), ["a", "b", "c"], t0), reveal, reveal, reveal, reveal);
  expect(current(s).followUpsShown).toBe(3);
});

test("follow-ups arrive by themselves after the configured share of the question's time", () => {
  const s0 = startMock(settings({ autoFollowUpPercent: 50 }), ["a", "b", "c"], t0);
  expect(current(run(s0, tick(t0 + 2.4 * min))).followUpsShown).toBe(0);
  expect(current(run(s0, tick(t0 + 2.5 * min))).followUpsShown).toBe(1);
  expect(current(run(s0, tick(t0 + 4.9 * min))).followUpsShown).toBe(3);
});

test("skip records the question as skipped and starts the next one now", () => {
  const s = run(startMock(settings(), ["a", "b", "c"], t0), { type: "skip", now: t0 + min });
  expect([s.runs[0]!.outcome, current(s).id, current(s).startedAt]).toEqual(["skipped", "b", t0 + min]);
});

test("pause stops both clocks and is limited", () => {
  let s = run(
    startMock(settings(), ["a", "b", "c"], t0),
    { type: "pause", now: t0 + min },
    { type: "resume", now: t0 + 4 * min },
  );
  expect(questionRemaining(s, t0 + 4 * min)).toBe(4 * min);
  expect(overallRemaining(s, t0 + 4 * min)).toBe(19 * min);
  s = run(
    s,
    { type: "pause", now: t0 + 5 * min },
    { type: "resume", now: t0 + 6 * min },
    { type: "pause", now: t0 + 7 * min },
  );
  expect(s.pausedAt).toBeNull();
  expect(s.pauses).toHaveLength(2);
});

test("time up locks the question at its deadline and moves on", () => {
  const s = run(startMock(settings(), ["a", "b", "c"], t0), tick(t0 + 7 * min));
  expect(s.runs[0]).toMatchObject({ outcome: "timed-out", endedAt: t0 + 5 * min });
  expect([current(s).id, current(s).startedAt]).toEqual(["b", t0 + 5 * min]);
  expect(questionRemaining(s, t0 + 7 * min)).toBe(3 * min);
});

test("deadlines that all passed while away take effect in order on return", () => {
  const s = run(startMock(settings(), ["a", "b", "c"], t0), tick(t0 + 16 * min));
  expect(s.runs.map((r) => r.outcome)).toEqual(["timed-out", "timed-out", "timed-out"]);
  expect(s.endedAt).toBe(t0 + 15 * min);
});

test("overtime keeps the question open and shows the overrun", () => {
  const s = run(startMock(settings({ onTimeUp: "overtime" }), ["a", "b", "c"], t0), tick(t0 + 6 * min));
  expect(current(s).id).toBe("a");
  expect(questionRemaining(s, t0 + 6 * min)).toBe(-min);
});

test("the overall limit ends the interview even in overtime", () => {
  const s = run(
    startMock(settings({ onTimeUp: "overtime", overallMinutes: 10 }), ["a", "b", "c"], t0),
    tick(t0 + 12 * min),
  );
  expect(s.endedAt).toBe(t0 + 10 * min);
  expect(runElapsed(s, s.runs[0]!, t0 + 12 * min)).toBe(10 * min);
});

test("end early closes the current question and the interview", () => {
  const s = run(startMock(settings(), ["a", "b", "c"], t0), { type: "end", now: t0 + min });
  expect([s.endedAt, s.runs[0]!.outcome]).toEqual([t0 + min, "ended"]);
});

test("a finished interview ignores further actions", () => {
  const done = run(startMock(settings(), ["a"], t0), { type: "next", now: t0 + min });
  expect(run(done, { type: "skip", now: t0 + 2 * min }, tick(t0 + 9 * min))).toEqual(done);
});

test("over a 45-minute session the clock does not drift", () => {
  let s = startMock(settings({ minutesPerQuestion: 30, overallMinutes: 45 }), ["a", "b", "c"], t0);
  for (let now = t0; now <= t0 + 45 * min; now += 997) s = run(s, tick(now));
  expect(overallRemaining(s, t0 + 45 * min)).toBe(0);
});

test("announcements are recorded once each", () => {
  const s = run(
    startMock(settings(), ["a"], t0),
    { type: "announced", key: "q1-1m" },
    { type: "announced", key: "q1-1m" },
  );
  expect(s.announced).toEqual(["q1-1m"]);
});

test("the report's assessment is kept in the ended session, one question at a time", () => {
  const ended = run(startMock(settings(), ["a", "b", "c"], t0), { type: "end", now: t0 + min });
  const s = run(
    ended,
    { type: "assess", id: "a", patch: { grade: "hard" } },
    { type: "assess", id: "a", patch: { ticked: [0, 2] } },
  );
  expect(s.report).toEqual({ a: { grade: "hard", ticked: [0, 2], saidRedFlag: null, applied: null } });
});

test("an assessment before the interview has ended changes nothing", () => {
  const s = startMock(settings(), ["a", "b", "c"], t0);
  expect(run(s, { type: "assess", id: "a", patch: { grade: "good" } })).toBe(s);
});
