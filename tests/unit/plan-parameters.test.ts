import { default_w } from "ts-fsrs";
import { expect, test } from "vitest";
import { gradeInStore } from "@/lib/progress/grading";
import { readParameters } from "@/lib/progress/plan/deadline";
import { parseParameters } from "@/lib/progress/plan/parameters";
import { planKey } from "@/lib/progress/plan/plan-key";
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
