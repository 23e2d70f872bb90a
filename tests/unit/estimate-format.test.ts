import { expect, test } from "vitest";
import { formatBytes, formatCount, formatDuration, powerOfTenText } from "@/lib/estimate/format";

test("a count takes the suffix interviewers use, rounded to two significant digits", () => {
  expect([formatCount(115.7), formatCount(1157), formatCount(11_574), formatCount(2_500_000_000)]).toEqual([
    "120",
    "1.2K",
    "12K",
    "2.5B",
  ]);
});

test("a count that rounds up to the next suffix moves to it instead of reading 1,000 of the last", () => {
  expect([formatCount(999_600), formatCount(999.7), formatCount(999_999_999_999)]).toEqual(["1M", "1K", "1T"]);
});

test("a count beyond trillions stays in trillions with thousands separators", () => {
  expect(formatCount(4_200e12)).toBe("4,200T");
});

test("a fraction below one keeps its significant digits", () => {
  expect(formatCount(0.347)).toBe("0.35");
});

test("the power of ten is written as mantissa × 10^exponent", () => {
  expect([powerOfTenText(1157), powerOfTenText(86_400), powerOfTenText(0.347), powerOfTenText(0)]).toEqual([
    "1.2 × 10^3",
    "8.6 × 10^4",
    "3.5 × 10^-1",
    "0 × 10^0",
  ]);
});

test("the power of ten rounds before it picks the exponent", () => {
  expect(powerOfTenText(9_960)).toBe("1 × 10^4");
});

test("bytes are shown in decimal units, 1 KB being 1,000 B", () => {
  expect([
    formatBytes(500),
    formatBytes(1_000),
    formatBytes(57_870),
    formatBytes(1.825e12),
    formatBytes(2.7e16),
  ]).toEqual(["500 B", "1 KB", "58 KB", "1.8 TB", "27 PB"]);
});

test("bytes that round up to the next unit move to it", () => {
  expect(formatBytes(999_800_000)).toBe("1 GB");
});

test("a duration is shown in the largest unit it reaches, to three significant digits", () => {
  expect([formatDuration(0.25), formatDuration(25.92), formatDuration(2_592), formatDuration(31_536)]).toEqual([
    "250 ms",
    "25.9 s",
    "43.2 min",
    "8.76 h",
  ]);
});

test("a duration of exactly one day is singular and more days are plural", () => {
  expect([formatDuration(86_400), formatDuration(315_360)]).toEqual(["1 day", "3.65 days"]);
});

test("a duration that rounds up to a whole next unit moves to it", () => {
  expect([formatDuration(59.999), formatDuration(3_599.9)]).toEqual(["1 min", "1 h"]);
});
