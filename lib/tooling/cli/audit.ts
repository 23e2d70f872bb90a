/**
 * `npm run audit`: runs `npm audit --omit=dev --audit-level=high` and passes its verdict through.
 * Exit status 0: no high or critical advisory; 1: at least one; 3: the audit could not run (for
 * example the registry refused the request), so nothing was checked and nothing is claimed.
 */
import { spawnSync } from "node:child_process";
import { auditExitStatus, classifyAudit } from "../security/audit-result";

const audit = spawnSync("npm", ["audit", "--omit=dev", "--audit-level=high", "--json"], {
  cwd: process.cwd(),
  encoding: "utf8",
});
const result = classifyAudit(audit.stdout ?? "", audit.stderr ?? "", audit.status);
if (result.kind === "pass") console.log(result.message);
else console.error(result.message);
if (result.kind === "fail") for (const finding of result.findings) console.error(`  ${finding}`);
process.exit(auditExitStatus[result.kind]);
