import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import {
  findAffected,
  formatFinding,
  parseAdvisoryList,
  productionPackages,
  type Advisory,
} from "@/lib/security/advisory-check";

const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8"));
const listFile = "lib/security/advisories.json";

const sample: Advisory = {
  package: "next",
  id: "GHSA-c4j6-fc7j-m34r",
  severity: "high",
  vulnerable: "<15.5.16 || >=16.0.0 <16.2.5",
  patched: ["15.5.16", "16.2.5"],
  summary: "WebSocket upgrades could be made to reach internal hosts.",
  source: "https://github.com/advisories/GHSA-c4j6-fc7j-m34r",
};

const lock = {
  packages: {
    "": { version: "0.1.0" },
    "node_modules/next": { version: "16.2.4" },
    "node_modules/other/node_modules/next": { version: "16.4.5" },
    "node_modules/eslint": { version: "9.0.0", dev: true },
  },
};

test("the production tree in package-lock.json has no version inside a listed high or critical range", () => {
  const list = parseAdvisoryList(listFile, readJson(listFile));
  const findings = findAffected(productionPackages(readJson("package-lock.json")), list.advisories);
  expect(findings.map(formatFinding)).toEqual([]);
});

test("every direct production dependency has been looked up: it has advisories listed or is named clean", () => {
  const list = parseAdvisoryList(listFile, readJson(listFile));
  const looked = new Set([...list.clean, ...list.advisories.map((a) => a.package)]);
  const direct = Object.keys(readJson("package.json").dependencies as Record<string, string>);
  expect(direct.filter((name) => !looked.has(name))).toEqual([]);
});

test("production packages leave out dev-only ones and count every nested copy", () => {
  const found = productionPackages(lock);
  expect([...found.keys()]).toEqual(["next"]);
  expect([...found.get("next")!]).toEqual(["16.2.4", "16.4.5"]);
});

test("a version inside an advisory's range is reported with its id, range and fix", () => {
  const findings = findAffected(productionPackages(lock), [sample]);
  expect(findings.map(formatFinding)).toEqual([
    "next@16.2.4: GHSA-c4j6-fc7j-m34r (high, <15.5.16 || >=16.0.0 <16.2.5): WebSocket upgrades could be made to reach internal hosts. Fixed in 15.5.16, 16.2.5.",
  ]);
});

test("a malformed advisory list names the file and every bad field at once", () => {
  const file = "tests/fixtures/security/advisory-list-with-bad-fields.json";
  expect(() => parseAdvisoryList(file, readJson(file))).toThrow(
    [
      `${file}: checked: Invalid ISO date`,
      `${file}: advisories.0.id: must be a GHSA or CVE id`,
      `${file}: advisories.0.severity: Invalid option: expected one of "high"|"critical"`,
      `${file}: advisories.0.vulnerable: must be a valid semver range`,
    ].join("\n"),
  );
});
