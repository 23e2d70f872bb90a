import { default_w } from "ts-fsrs";
import { expect, test } from "vitest";
import { gradeInStore } from "@/lib/progress/grading";
import { readParameters } from "@/lib/plan/deadline";
import { parseParameters } from "@/lib/plan/parameters";
import { emptyPlan, planRecord } from "@/lib/plan/plan-record";
import { planKey } from "@/lib/plan/plan-key";
import { ProgressStore } from "@/lib/progress/progress-store";
import { areaOver } from "@/lib/storage/areas";
import { MemoryStorage } from "./memory-storage";

test("the default FSRS-6 vector, pasted with brackets and commas, is accepted as it is", () => {
  expect(parseParameters(`[${default_w.join(", ")}]`)).toEqual({ ok: true, parameters: [...default_w] });
});

test("an FSRS-5 vector of 19 numbers is lifted to 21", () => {
  const parsed = parseParameters(default_w.slice(0, 19).join(" "));
  expect(parsed.ok && parsed.parameters.length).toBe(21);
});

test("every problem is reported at once: a word, and the wrong count", () => {
  expect(parseParameters("0.2, 1.2, soon")).toEqual({
    ok: false,
    errors: ['w[2]: "soon" is not a number', "parameters: expected 17, 19 or 21 numbers, found 3"],
  });
});

test("a value outside FSRS's range is named with its bounds", () => {
  const w = [...default_w];
  w[4] = 42;
  expect(parseParameters(w.join(","))).toEqual({ ok: false, errors: ["w[4]: 42 is outside 1 to 10"] });
});

test("grading uses imported parameters instead of the defaults", () => {
  const w = [...default_w];
  w[2] = 20; // initial stability after "Good": far longer than the default's
  const now = new Date("2026-05-04T10:00:00.000Z");
  const withDefaults = new ProgressStore(areaOver(new MemoryStorage()), () => now);
  const withOwn = new ProgressStore(areaOver(new MemoryStorage()), () => now);
  gradeInStore(
    withDefaults,
    "a",
    "good",
    () => null,
    undefined,
    () => null,
  );
  gradeInStore(
    withOwn,
    "a",
    "good",
    () => null,
    undefined,
    () => w,
  );
  const stability = (store: ProgressStore) => store.getSnapshot().value.cards.a?.stability;
  expect([stability(withDefaults), stability(withOwn)]).toEqual([default_w[2], 20]);
});

test("stored parameters are read for grading only when they are 21 finite numbers", () => {
  const storage = new MemoryStorage();
  const plan = (parameters: unknown) => JSON.stringify({ version: 1, date: null, dayStartHour: 4, parameters });
  storage.setItem(planKey, plan([...default_w]));
  expect(readParameters(areaOver(storage))).toEqual([...default_w]);
  storage.setItem(planKey, plan(default_w.slice(0, 19)));
  expect(readParameters(areaOver(storage))).toBeNull();
});

test("a pasted text longer than a parameter vector can be is refused at once, with its length", () => {
  expect(parseParameters("1,".repeat(500_000))).toEqual({
    ok: false,
    errors: ["parameters: the text is 1,000,000 characters long; 21 numbers need at most 2,000"],
  });
});

test("many problems list the first nine and count the rest", () => {
  const parsed = parseParameters("x ".repeat(30));
  expect(parsed.ok ? [] : [parsed.errors.length, parsed.errors.at(-1)]).toEqual([10, "…and 22 more problems"]);
});

test("an imported plan's parameters of the wrong length are set aside, as /plan refuses them", () => {
  const decoded = planRecord.decode({ ...emptyPlan(), parameters: [1, 2, 3] });
  expect(decoded.kind === "ok" && [decoded.value.parameters, decoded.setAside]).toEqual([
    null,
    ["parameters: expected 17, 19 or 21 numbers, found 3"],
  ]);
});

test("an imported plan's parameter out of FSRS's range is set aside, named with its bounds", () => {
  const w = [...default_w];
  w[4] = 42;
  const decoded = planRecord.decode({ ...emptyPlan(), parameters: w });
  expect(decoded.kind === "ok" && decoded.setAside).toEqual(["parameters.w[4]: 42 is outside 1 to 10"]);
});

test("an imported plan's FSRS-5 parameters are lifted to 21, as on /plan", () => {
  const decoded = planRecord.decode({ ...emptyPlan(), parameters: default_w.slice(0, 19) });
  expect(decoded.kind === "ok" && decoded.value.parameters?.length).toBe(21);
});
