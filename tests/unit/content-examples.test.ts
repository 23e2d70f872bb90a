import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { listCodeFences } from "@/lib/content/code-fences";
import { formatContentError } from "@/lib/content/errors";
import { checkCodeExamples } from "@/tests/support/content-examples/check-examples";
import { defaultTrackDir } from "@/lib/content/load";

const manifest = JSON.parse(readFileSync("package.json", "utf8")) as Record<string, Record<string, string>>;
const appPackages = new Set(Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }));
const fixture = "tests/fixtures/content/misused-libraries";
const at = (line: number) => `${path.join(fixture, "01-basics", "misused.mdx")}:${line}:`;

// The real track and the fixture are checked together: one TypeScript program loads the packages'
// types once for both, and each file's problems are then told apart by their path.
const [trackFences, fixtureFences] = await Promise.all([listCodeFences(defaultTrackDir()), listCodeFences(fixture)]);
const problems = checkCodeExamples([...trackFences, ...fixtureFences], { appPackages }).map(formatContentError);
const fixtureProblems = problems.filter((p) => p.startsWith(`${fixture}/`));
const problemsAt = (line: number) => fixtureProblems.filter((p) => p.startsWith(at(line)));

test("every code fence uses the libraries it imports as their pinned versions allow", () => {
  expect(problems.filter((p) => !p.startsWith(`${fixture}/`))).toEqual([]);
});

test("the fixture's fences are checked at all", () => {
  expect(fixtureFences.length).toBeGreaterThan(0);
  expect(fixtureProblems.length).toBeGreaterThan(0);
});

test("a misspelt option of a real library is reported at its line in the .mdx", () => {
  expect(problemsAt(29)).toEqual([
    `${at(29)} TS2561: Object literal may only specify known properties, but 'limitt' does not exist in type 'OptionsJson'. Did you mean to write 'limit'?`,
  ]);
});

test("a misspelt BullMQ queue option is reported through the overload that rejects it", () => {
  expect(problemsAt(36)).toEqual([expect.stringMatching(/TS2769: .*'conection' does not exist in type 'QueueOptions/)]);
});

test("an import the package does not export is reported", () => {
  expect(problemsAt(40)).toEqual([
    `${at(40)} TS2724: '"express-rate-limit"' has no exported member named 'rateLimitt'. Did you mean 'rateLimit'?`,
  ]);
});

test("a misspelt method on a library object is reported", () => {
  expect(problemsAt(73)).toEqual([
    `${at(73)} TS2551: Property 'sendFil' does not exist on type 'Response<any, Record<string, any>, number>'. Did you mean 'sendFile'?`,
  ]);
});

test("names a fragment takes from elsewhere are not reported", () => {
  expect(fixtureProblems.filter((p) => /:4[4-9]:/.test(p))).toEqual([]);
});

test("literals JavaScript widens and unions it cannot narrow are not reported", () => {
  expect(fixtureProblems.filter((p) => /:(7[8-9]|8[0-6]):/.test(p))).toEqual([]);
});

test("a BullMQ job id with a colon is reported", () => {
  expect(problemsAt(55)).toEqual([
    `${at(55)} bullmq-job-id: BullMQ rejects a custom jobId containing ':' ("Custom Id cannot contain :"); use '-' or '_'`,
  ]);
});

test("an Express 4 route path that Express 5 cannot register is reported", () => {
  expect(problemsAt(62)).toEqual([
    `${at(62)} express-route-path: Express 5 cannot register the path "/orders/:id?": Unexpected ? at index 11: /orders/:id?`,
  ]);
});

test("a CSP keyword without its quotes is reported with helmet's own reason", () => {
  expect(problemsAt(93)).toEqual([
    `${at(93)} helmet-csp: helmet refuses this directive: Content-Security-Policy received an invalid directive value for "script-src". "self" should be quoted`,
  ]);
});

test("a package the workspace does not pin is reported", () => {
  expect(problemsAt(66)).toContain(
    `${at(66)} example-deps: "left-pad" is not pinned in tests/content-examples/package.json`,
  );
});
