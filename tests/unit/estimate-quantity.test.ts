import { expect, test } from "vitest";
import { parseTarget } from "@/lib/estimate/availability";
import { estimateFields } from "@/lib/estimate/fields";
import { readInputs } from "@/lib/estimate/inputs";
import { parseCount, parseSize } from "@/lib/estimate/quantity";

const value = (parsed: ReturnType<typeof parseCount>) => (parsed.ok ? parsed.value : parsed.message);

test("a count may carry K, M, B or T as powers of a thousand", () => {
  expect(["300", "1.5K", "100M", "2B", "1T"].map((text) => value(parseCount(text)))).toEqual([
    300, 1_500, 100e6, 2e9, 1e12,
  ]);
});

test("a count may be written with thousands commas, a decimal part and spaces around it", () => {
  expect(["86,400", " 0.1 ", "1,000,000", "2 M"].map((text) => value(parseCount(text)))).toEqual([
    86_400, 0.1, 1e6, 2e6,
  ]);
});

test("a count that is not digits and a suffix is refused with an example of what reads", () => {
  expect(parseCount("1e6")).toEqual({
    ok: false,
    message: '"1e6" is not a number; write digits with an optional K, M, B or T (such as 300, 1.5K or 100M)',
  });
  expect(["100m", "1,00", "1.5.2", "--5"].map((text) => parseCount(text).ok)).toEqual([false, false, false, false]);
});

test("a negative count or size reads, so the field's own rule can say what is wrong with it", () => {
  expect(parseCount("-5")).toEqual({ ok: true, value: -5 });
  expect(parseSize("-1 KB")).toEqual({ ok: true, value: -1_000 });
  expect(estimateFields.objectSize.read("-1 KB")).toEqual({ ok: false, message: "must be above zero" });
  expect(estimateFields.cacheShare.read("-0.1")).toEqual({ ok: false, message: "must be a share between 0 and 1" });
});

test("an empty count or size asks for one", () => {
  expect(parseCount(" ")).toEqual({ ok: false, message: "needs a number, such as 300, 1.5K or 100M" });
  expect(parseSize("")).toEqual({ ok: false, message: "needs a size, such as 500 B or 1.5 MB" });
});

test("a size is read in decimal units, 1 KB being 1,000 bytes", () => {
  expect(["500 B", "2 KB", "1.5 MB", "4 GB", "1TB", "1 PB"].map((text) => value(parseSize(text)))).toEqual([
    500, 2_000, 1.5e6, 4e9, 1e12, 1e15,
  ]);
});

test("a size without a unit or with a binary unit is refused with an example of what reads", () => {
  expect(parseSize("2 KiB")).toEqual({
    ok: false,
    message: '"2 KiB" is not a size; write a number and one of B, KB, MB, GB, TB or PB (such as 500 B or 1.5 MB)',
  });
  expect(parseSize("500").ok).toBe(false);
});

test("each field holds its value to the field's rule, with the rule's message", () => {
  expect(estimateFields.users.read("0")).toEqual({ ok: false, message: "must be above zero" });
  expect(estimateFields.readsPerWrite.read("0")).toEqual({ ok: true, value: 0 });
  expect(estimateFields.peakFactor.read("1")).toEqual({ ok: true, value: 1 });
  expect(estimateFields.cacheShare.read("1")).toEqual({ ok: true, value: 1 });
  expect(estimateFields.replicas.read("2.5")).toEqual({
    ok: false,
    message: "must be a whole number of copies, 1 or more",
  });
});

test("an availability target is a percentage above 0 and below 100", () => {
  expect(parseTarget("99.95")).toEqual({ ok: true, value: 99.95 });
  expect(parseTarget("99.9%")).toEqual({
    ok: false,
    message: '"99.9%" is not a percentage below 100; write it without the % sign, such as 99.9',
  });
});

test("inputs read as a whole only when every field reads, and otherwise name each field that does not", () => {
  const texts = {
    users: "1M",
    writesPerUser: "1",
    readsPerWrite: "10",
    objectSize: "1 KB",
    retentionYears: "1",
    peakFactor: "2",
    cacheShare: "0.2",
    replicas: "1",
  };
  expect(readInputs(texts)).toMatchObject({ ok: true, values: { users: 1e6, objectSize: 1_000 } });
  expect(readInputs({ ...texts, users: "", cacheShare: "2" })).toEqual({
    ok: false,
    problems: {
      users: "needs a number, such as 300, 1.5K or 100M",
      cacheShare: "must be a share between 0 and 1",
    },
  });
});
