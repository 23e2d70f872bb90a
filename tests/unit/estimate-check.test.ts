import { expect, test } from "vitest";
import { checkBody } from "@/lib/content/check-body";

const file = "content/fixture/estimate.mdx";

/** A block written over several lines, one attribute a line, starting on the body's third line. */
const estimateBody = (attributes: string) =>
  `A design needs numbers.\n\n<Estimate\n${attributes
    .trim()
    .split("\n")
    .map((line) => `  ${line.trim()}`)
    .join("\n")}\n/>\n`;

const complete = `
title="Photo uploads"
users="20M"
writesPerUser="2"
readsPerWrite="50"
objectSize="1.5 MB"
retentionYears="10"
`;

test("a complete estimate block passes the content check", () => {
  expect(checkBody(estimateBody(complete), file, 10).errors).toEqual([]);
});

test("the optional attributes may be given as long as their values make sense", () => {
  const body = estimateBody(`${complete}\npeakFactor="2.5"\ncacheShare="0.3"\nreplicas="3"`);
  expect(checkBody(body, file, 10).errors).toEqual([]);
});

test("a missing required attribute names the block's attribute at the tag's line", () => {
  const body = estimateBody(complete.replace('users="20M"\n', ""));
  expect(checkBody(body, file, 10).errors).toEqual([
    { file, line: 12, field: "Estimate.users", message: "is required" },
  ]);
});

test("every impossible input is listed at once, each at its own line", () => {
  const body = estimateBody(`
title="Photo uploads"
users="0"
writesPerUser="lots"
readsPerWrite="-3"
objectSize="1.5"
retentionYears="10"
peakFactor="0.5"
cacheShare="1.2"
replicas="2.5"
`);
  expect(checkBody(body, file, 10).errors).toEqual([
    { file, line: 14, field: "Estimate.users", message: "must be above zero" },
    {
      file,
      line: 15,
      field: "Estimate.writesPerUser",
      message: '"lots" is not a number; write digits with an optional K, M, B or T (such as 300, 1.5K or 100M)',
    },
    {
      file,
      line: 16,
      field: "Estimate.readsPerWrite",
      message: '"-3" is not a number; write digits with an optional K, M, B or T (such as 300, 1.5K or 100M)',
    },
    {
      file,
      line: 17,
      field: "Estimate.objectSize",
      message: '"1.5" is not a size; write a number and one of B, KB, MB, GB, TB or PB (such as 500 B or 1.5 MB)',
    },
    { file, line: 19, field: "Estimate.peakFactor", message: "must be at least 1 (peak is never below average)" },
    { file, line: 20, field: "Estimate.cacheShare", message: "must be a share between 0 and 1" },
    { file, line: 21, field: "Estimate.replicas", message: "must be a whole number of copies, 1 or more" },
  ]);
});

test("an unknown attribute is named with the list of attributes the block takes", () => {
  const body = estimateBody(`${complete}qps="3K"`);
  expect(checkBody(body, file, 10).errors).toEqual([
    {
      file,
      line: 19,
      field: "Estimate.qps",
      message:
        "unknown attribute; <Estimate> takes title, users, writesPerUser, readsPerWrite, objectSize, retentionYears, peakFactor, cacheShare, replicas",
    },
  ]);
});

test("an expression attribute is refused once by the body rules, not again as missing", () => {
  const body = estimateBody(complete.replace('users="20M"', "users={20e6}"));
  expect(checkBody(body, file, 10).errors).toEqual([
    {
      file,
      line: 12,
      field: "body",
      message: "attribute users on <Estimate> must be a quoted string, not an expression {…}",
    },
  ]);
});

test("an availability block with sensible targets passes", () => {
  expect(checkBody('<Availability targets="99, 99.9, 99.95" />\n', file, 4).errors).toEqual([]);
});

test("an availability target of 100, above 100 or not a number is an error naming targets", () => {
  const errors = checkBody('<Availability targets="99.9, 100, nines, 0" />\n', file, 4).errors;
  expect(errors).toEqual([
    {
      file,
      line: 4,
      field: "Availability.targets",
      message: '"100" is not a percentage below 100; write it without the % sign, such as 99.9',
    },
    {
      file,
      line: 4,
      field: "Availability.targets",
      message: '"nines" is not a percentage below 100; write it without the % sign, such as 99.9',
    },
    { file, line: 4, field: "Availability.targets", message: '"0" must be above 0' },
  ]);
});

test("an availability block without targets is an error", () => {
  expect(checkBody("<Availability />\n", file, 4).errors).toEqual([
    { file, line: 4, field: "Availability.targets", message: "is required" },
  ]);
});
