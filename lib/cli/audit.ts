/**
 * `npm run audit`: `npm audit --omit=dev`, failing on high or critical advisories. Where the
 * registry will not answer the audit request (some mirrors and proxies refuse its POST), the
 * production tree in package-lock.json is checked against lib/security/advisories.json instead,
 * and the output says which of the two was used.
 */
import { spawnSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { findAffected, formatFinding, parseAdvisoryList, productionPackages } from "../security/advisory-check";

interface AuditJson {
  metadata?: { vulnerabilities?: Record<"info" | "low" | "moderate" | "high" | "critical", number> };
  statusCode?: number;
  code?: string;
}

const root = process.cwd();
const audit = spawnSync("npm", ["audit", "--omit=dev", "--json"], { cwd: root, encoding: "utf8" });
const report = ((): AuditJson | null => {
  try {
    return JSON.parse(audit.stdout) as AuditJson;
  } catch {
    return null;
  }
})();

const counts = report?.metadata?.vulnerabilities;
if (counts) {
  const line = (["critical", "high", "moderate", "low"] as const).map((s) => `${counts[s]} ${s}`).join(", ");
  console.log(`npm audit --omit=dev: ${line}`);
  if (counts.critical + counts.high === 0) process.exit(0);
  // Show npm's own table of what is affected and how to fix it, then fail.
  spawnSync("npm", ["audit", "--omit=dev", "--audit-level=high"], { cwd: root, stdio: "inherit" });
  process.exit(1);
}

const why = report?.statusCode ? `HTTP ${report.statusCode}` : (report?.code ?? `exit code ${audit.status}`);
const listFile = path.join("lib", "security", "advisories.json");
const list = parseAdvisoryList(listFile, JSON.parse(await readFile(path.join(root, listFile), "utf8")));
const installed = productionPackages(JSON.parse(await readFile(path.join(root, "package-lock.json"), "utf8")));
console.log(
  `npm audit could not get an answer from the registry (${why}); checked ${installed.size} production packages ` +
    `against ${list.advisories.length} high and critical advisories in ${listFile} (compiled ${list.checked} from advisories published up to ${list.sourcesThrough}) instead.`,
);
const findings = findAffected(installed, list.advisories);
for (const finding of findings) console.log(`  ${formatFinding(finding)}`);
console.log(findings.length === 0 ? "No installed version is in an affected range." : `${findings.length} affected.`);
process.exit(findings.length === 0 ? 0 : 1);
