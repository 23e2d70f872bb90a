import { expect, test } from "vitest";
import { dayLabel } from "@/components/plan/day-label";

test("a day in this year reads as weekday, date and month", () => {
  expect(dayLabel("2026-12-28", "2026-12-07")).toBe("Mon 28 Dec");
});

test("a day in another year names its year", () => {
  expect(dayLabel("2027-06-06", "2026-12-07")).toBe("Sun 6 Jun 2027");
});
