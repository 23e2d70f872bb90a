import { default_w } from "ts-fsrs";
import { expect, test } from "vitest";
import { parseParameters } from "@/lib/progress/plan/parameters";

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
