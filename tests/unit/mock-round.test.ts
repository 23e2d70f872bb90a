import { expect, test } from "vitest";
import { current, currentPhase, mockReducer, startMock, type MockAction, type MockSession } from "@/lib/mock/session";
import { defaultSettings, designRoundPreset, drawQuestions, type MockSettings } from "@/lib/mock/settings";
import { decodeSettings, encodeSettings } from "@/lib/mock/share-link";

const t0 = 1_000_000;
const min = 60_000;
const round = (): MockSettings => ({ ...defaultSettings("seed1234"), ...designRoundPreset.settings });
const run = (s: MockSession, ...actions: MockAction[]) => actions.reduce(mockReducer, s);
const nextPhase = (now: number): MockAction => ({ type: "next-phase", now, available: 4 });
const followUp = (now: number): MockAction => ({ type: "follow-up", now, available: 4 });

test("the design round preset is one question, 45 minutes, follow-ups only on request", () => {
  expect(designRoundPreset.settings).toMatchObject({
    format: "design-round",
    count: 1,
    minutesPerQuestion: 45,
    overallMinutes: 45,
    autoFollowUpPercent: 0,
  });
});

test("moving to the next phase closes the current one at the question time it was left", () => {
  const s = run(startMock(round(), ["d"], t0), nextPhase(t0 + 4 * min), nextPhase(t0 + 10 * min));
  expect(current(s).phaseEnds).toEqual([4 * min, 10 * min]);
  expect(currentPhase(s, t0 + 12 * min).index).toBe(2);
});

test("a pause is not counted in the phase it fell in", () => {
  const s = run(
    startMock(round(), ["d"], t0),
    { type: "pause", now: t0 + min },
    { type: "resume", now: t0 + 4 * min },
    nextPhase(t0 + 6 * min),
  );
  expect(current(s).phaseEnds).toEqual([3 * min]);
});

test("moving on while paused does nothing", () => {
  const paused = run(startMock(round(), ["d"], t0), { type: "pause", now: t0 + min });
  expect(run(paused, nextPhase(t0 + 2 * min))).toBe(paused);
});

test("a mock of several questions has no phases to move through", () => {
  const s = startMock(defaultSettings("seed1234"), ["a", "b"], t0);
  expect(run(s, nextPhase(t0 + min))).toBe(s);
});

test("follow-ups are not asked before the deep dive", () => {
  const s = run(startMock(round(), ["d"], t0), nextPhase(t0 + 5 * min), followUp(t0 + 6 * min));
  expect(current(s).followUpsShown).toBe(0);
});

test("the deep dive opens with the first follow-up asked, and the next come one at a time", () => {
  const inDeepDive = run(startMock(round(), ["d"], t0), nextPhase(t0), nextPhase(t0), nextPhase(t0 + 20 * min));
  expect(current(inDeepDive).followUpsShown).toBe(1);
  expect(current(run(inDeepDive, followUp(t0 + 25 * min))).followUpsShown).toBe(2);
});

test("a question without a ladder opens the deep dive with no follow-up", () => {
  const none: MockAction = { type: "next-phase", now: t0, available: 0 };
  const s = run(startMock(round(), ["d"], t0), none, none, none);
  expect(current(s).followUpsShown).toBe(0);
});

test("follow-ups stop once the wrap-up starts", () => {
  const s = run(startMock(round(), ["d"], t0), nextPhase(t0), nextPhase(t0), nextPhase(t0), nextPhase(t0 + min));
  expect(current(run(s, followUp(t0 + 2 * min))).followUpsShown).toBe(1);
});

test("the round ends at 45 minutes whatever phase it is in", () => {
  const s = run(startMock(round(), ["d"], t0), nextPhase(t0 + 5 * min), {
    type: "tick",
    now: t0 + 50 * min,
    followUpCounts: { d: 4 },
  });
  expect([s.endedAt, s.runs[0]!.outcome]).toEqual([t0 + 45 * min, "timed-out"]);
});

test("a design round draws only design questions, and other mocks never draw one", () => {
  const questions = [
    { id: "concept", section: "s", difficulty: "core" },
    { id: "design", section: "s", difficulty: "core", kind: "design" },
  ];
  expect(drawQuestions(questions, round())).toEqual(["design"]);
  expect(drawQuestions(questions, { ...defaultSettings("seed1234"), count: 5 })).toEqual(["concept"]);
});

test("a design round's share link names the round and no timing, and comes back the same", () => {
  const settings = { ...round(), sections: ["classic-designs"] };
  expect(encodeSettings(settings, "system-design")).toBe(
    "?seed=seed1234&round=design&sec=classic-designs&track=system-design",
  );
  expect(decodeSettings(encodeSettings(settings), ["classic-designs"])).toEqual({ kind: "ok", settings });
});

test("a design round link cannot change the round's timing", () => {
  const result = decodeSettings("?seed=abcd&round=design&n=3&m=2", []);
  expect(result.kind === "ok" && [result.settings.count, result.settings.minutesPerQuestion]).toEqual([1, 45]);
});

test("a link naming another kind of round is reported, not used", () => {
  expect(decodeSettings("?seed=abcd&round=coding", [])).toEqual({
    kind: "invalid",
    problems: ['round must be "design"'],
  });
});
