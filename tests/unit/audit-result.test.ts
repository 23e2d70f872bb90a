import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { auditExitStatus, classifyAudit } from "@/lib/tooling/security/audit-result";

const fixture = (name: string) => readFileSync(path.join("tests", "fixtures", "npm-audit", name), "utf8");
const npmErrorLines = "npm error audit endpoint returned an error\n";

test("a report with no high or critical advisory passes and gives the tally", () => {
  expect(classifyAudit(fixture("clean-report.json"), "", 0)).toEqual({
    kind: "pass",
    message:
      "npm audit --omit=dev --audit-level=high: 0 critical, 0 high, 0 moderate, 0 low in 212 production dependencies.",
  });
});

test("a moderate advisory alone passes, as --audit-level=high does", () => {
  expect(classifyAudit(fixture("moderate-only-report.json"), "", 0).kind).toBe("pass");
});

test("high and critical advisories fail, each named with its range, advisory titles and fix", () => {
  expect(classifyAudit(fixture("high-and-critical-report.json"), "", 1)).toEqual({
    kind: "fail",
    message:
      "npm audit --omit=dev --audit-level=high: 1 critical, 1 high, 0 moderate, 0 low in 212 production dependencies. " +
      "Run npm audit --omit=dev for details and fixes.",
    findings: [
      "made-up-cookie <0.7.0 (high): Cookie names are not validated; no fix is available",
      "made-up-server >=3.0.0 <3.4.2 (critical): Request smuggling through a doubled header; through made-up-cookie; a fix is available",
    ],
  });
});

test("a registry that refuses the audit request means no audit, said plainly", () => {
  expect(classifyAudit(fixture("registry-refused-405.json"), npmErrorLines, 1)).toEqual({
    kind: "could-not-run",
    message: "npm audit could not run: the registry refused the audit request (HTTP 405). No advisories were checked.",
  });
});

test("an unreachable registry means no audit, with npm's reason", () => {
  expect(classifyAudit(fixture("registry-unreachable.json"), npmErrorLines, 1).message).toBe(
    "npm audit could not run: the audit request failed (request to http://127.0.0.1:9/-/npm/v1/security/advisories/bulk " +
      "failed, reason: connect ECONNREFUSED 127.0.0.1:9). No advisories were checked.",
  );
});

test("an npm error with a code means no audit, with the code and summary", () => {
  expect(classifyAudit(fixture("no-lockfile.json"), "", 1).message).toBe(
    "npm audit could not run: ENOLOCK, This command requires an existing lockfile. No advisories were checked.",
  );
});

test("output that is not JSON means no audit, quoting npm's first error line", () => {
  expect(classifyAudit("", "npm error could not determine executable to run\n", 1).message).toBe(
    "npm audit could not run: it printed no JSON report (exit status 1: npm error could not determine executable to run). " +
      "No advisories were checked.",
  );
});

test("JSON that is no report and no error means no audit", () => {
  expect(classifyAudit('{"hello":"world"}', "", 0).kind).toBe("could-not-run");
});

test("could not run has its own exit status, distinct from pass and fail", () => {
  expect(auditExitStatus).toEqual({ pass: 0, fail: 1, "could-not-run": 3 });
});
