import { expect, test } from "vitest";
import { downtimeRow, downtimeSeconds } from "@/lib/estimate/availability";
import type { EstimateValues } from "@/lib/estimate/fields";
import { estimateFigures, secondsPerDay } from "@/lib/estimate/figures";

const shortener: EstimateValues = {
  users: 100e6,
  writesPerUser: 0.1,
  readsPerWrite: 100,
  objectSize: 500,
  retentionYears: 5,
  peakFactor: 3,
  cacheShare: 0.2,
  replicas: 3,
};

const byKey = (values: EstimateValues) =>
  Object.fromEntries(estimateFigures(values).map((figure) => [figure.key, figure]));

test("a day has 86,400 seconds", () => {
  expect(secondsPerDay).toBe(86_400);
});

test("write and read rates divide the daily volume by the seconds in a day, peak multiplies it", () => {
  const figures = byKey(shortener);
  expect(figures["writes-avg"]?.value).toBeCloseTo(10e6 / 86_400, 6);
  expect(figures["writes-peak"]?.value).toBeCloseTo((3 * 10e6) / 86_400, 6);
  expect(figures["reads-avg"]?.value).toBeCloseTo(1e9 / 86_400, 6);
  expect(figures["reads-peak"]?.text).toBe("≈ 35K reads/s");
});

test("storage grows by the day, by a 365-day year, and by retention times replicas", () => {
  const figures = byKey(shortener);
  expect(figures["storage-day"]?.value).toBe(5e9);
  expect(figures["storage-year"]?.value).toBe(5e9 * 365);
  expect(figures["storage-total"]?.value).toBe(5e9 * 365 * 5 * 3);
  expect(figures["storage-total"]?.text).toBe("≈ 27 TB");
  expect(figures["storage-total"]?.label).toBe("Storage over 5 years, 3 copies");
});

test("bandwidth is the average rate times the object size", () => {
  const figures = byKey(shortener);
  expect(figures["bandwidth-write"]?.text).toBe("≈ 58 KB/s");
  expect(figures["bandwidth-read"]?.text).toBe("≈ 5.8 MB/s");
});

test("cache memory is the cache share of one day's read volume in bytes", () => {
  expect(byKey(shortener)["cache"]?.value).toBe(0.2 * 1e9 * 500);
});

test("each figure carries its power of ten and the unit it counts", () => {
  const writes = byKey(shortener)["writes-avg"];
  expect(writes?.power).toEqual({ mantissa: "1.2", exponent: 2 });
  expect(writes?.powerUnit).toBe("writes/s");
});

test("one year and one copy are written in the singular", () => {
  expect(byKey({ ...shortener, retentionYears: 1, replicas: 1 })["storage-total"]?.label).toBe(
    "Storage over 1 year, 1 copy",
  );
});

test("99.9% availability allows 8.76 hours of downtime a year", () => {
  expect(downtimeSeconds(99.9, 365) / 3600).toBeCloseTo(8.76, 10);
  expect(downtimeRow("99.9", 99.9).downtime.year).toBe("8.76 h");
});

test("the downtime table budgets a 30-day month and a week", () => {
  expect(downtimeRow("99.9", 99.9).downtime).toEqual({ year: "8.76 h", month: "43.2 min", week: "10.1 min" });
  expect(downtimeRow("99", 99).downtime).toEqual({ year: "3.65 days", month: "7.2 h", week: "1.68 h" });
  expect(downtimeRow("99.999", 99.999).downtime).toEqual({ year: "5.26 min", month: "25.9 s", week: "6.05 s" });
});
