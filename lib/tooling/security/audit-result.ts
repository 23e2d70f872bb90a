import { z } from "zod";

/**
 * Reads what `npm audit --omit=dev --audit-level=high --json` printed and says which of three
 * things happened: no high or critical advisory (pass), at least one (fail), or no audit at all
 * (could not run), so a refused request can never read as a clean bill of health.
 */
const severities = ["info", "low", "moderate", "high", "critical"] as const;

const viaSchema = z.union([z.string(), z.looseObject({ title: z.string().optional() })]);
const fixSchema = z.union([z.boolean(), z.looseObject({ name: z.string(), version: z.string() })]);

const reportSchema = z.looseObject({
  vulnerabilities: z
    .record(
      z.string(),
      z.looseObject({
        name: z.string(),
        severity: z.enum(severities),
        range: z.string().optional(),
        via: z.array(viaSchema),
        fixAvailable: fixSchema.optional(),
      }),
    )
    .default({}),
  metadata: z.looseObject({
    vulnerabilities: z.looseObject({ high: z.number(), critical: z.number() }),
    dependencies: z.looseObject({ prod: z.number().optional() }).optional(),
  }),
});

const refusalSchema = z.looseObject({ statusCode: z.number() });
const errorSchema = z.looseObject({ error: z.looseObject({ code: z.string(), summary: z.string().optional() }) });
const failedRequestSchema = z.looseObject({ message: z.string().min(1) });

type Report = z.infer<typeof reportSchema>;

export type AuditResult =
  | { kind: "pass"; message: string }
  | { kind: "fail"; message: string; findings: string[] }
  | { kind: "could-not-run"; message: string };

/** Exit statuses of `npm run audit`; 3 means no advisories were checked at all. */
export const auditExitStatus: Record<AuditResult["kind"], number> = { pass: 0, fail: 1, "could-not-run": 3 };

export function classifyAudit(stdout: string, stderr: string, status: number | null): AuditResult {
  let json: unknown;
  try {
    json = JSON.parse(stdout);
  } catch {
    const said = stderr.trim().split("\n")[0] || "nothing on stderr";
    return couldNotRun(`it printed no JSON report (exit status ${status ?? "none"}: ${said})`);
  }
  const report = reportSchema.safeParse(json);
  if (report.success) return judge(report.data);
  const refusal = refusalSchema.safeParse(json);
  if (refusal.success) {
    const code = refusal.data.statusCode;
    return couldNotRun(`the registry ${code < 500 ? "refused" : "failed"} the audit request (HTTP ${code})`);
  }
  const error = errorSchema.safeParse(json);
  if (error.success) {
    const { code, summary } = error.data.error;
    return couldNotRun(summary ? `${code}, ${summary.split("\n")[0]}` : code);
  }
  const failed = failedRequestSchema.safeParse(json);
  if (failed.success) return couldNotRun(`the audit request failed (${failed.data.message})`);
  return couldNotRun(`its JSON is not an audit report (exit status ${status ?? "none"})`);
}

function couldNotRun(why: string): AuditResult {
  return {
    kind: "could-not-run",
    message: `npm audit could not run: ${why.replace(/\.$/, "")}. No advisories were checked.`,
  };
}

function judge(report: Report): AuditResult {
  const counts = report.metadata.vulnerabilities;
  const tally = (["critical", "high", "moderate", "low"] as const).map((s) => `${counts[s] ?? 0} ${s}`).join(", ");
  const prod = report.metadata.dependencies?.prod;
  const summary = `npm audit --omit=dev --audit-level=high: ${tally} in ${prod ?? "the"} production dependencies.`;
  const findings = Object.values(report.vulnerabilities)
    .filter((v) => v.severity === "high" || v.severity === "critical")
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(describe);
  if (findings.length === 0 && counts.high + counts.critical === 0) return { kind: "pass", message: summary };
  return { kind: "fail", message: `${summary} Run npm audit --omit=dev for details and fixes.`, findings };
}

function describe(v: Report["vulnerabilities"][string]): string {
  const titles = v.via.map((via) => (typeof via === "string" ? `through ${via}` : (via.title ?? "untitled advisory")));
  const fix = v.fixAvailable ? "a fix is available" : "no fix is available";
  const range = v.range ? ` ${v.range}` : "";
  return `${v.name}${range} (${v.severity}): ${[...new Set(titles)].join("; ")}; ${fix}`;
}
