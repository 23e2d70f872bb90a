import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** The npm project that pins every package the content's code fences import. */
export const examplesWorkspace = path.resolve(import.meta.dirname, "..", "..", "..", "tests", "content-examples");

const lockfile = () => path.join(examplesWorkspace, "package-lock.json");
/** Lives inside node_modules, so deleting node_modules also forgets the install. */
const stamp = () => path.join(examplesWorkspace, "node_modules", ".lockfile-hash");

const lockHash = () => createHash("sha256").update(readFileSync(lockfile())).digest("hex");

export function isWorkspaceInstalled(): boolean {
  return existsSync(stamp()) && readFileSync(stamp(), "utf8") === lockHash();
}

/**
 * Installs the workspace with `npm ci` when node_modules is missing or the lockfile changed since
 * the last install. Install scripts are skipped: the checks need the packages' code and types, and
 * no native build or download step.
 */
export function ensureWorkspaceInstalled(log: (line: string) => void = console.log): void {
  if (isWorkspaceInstalled()) return;
  log(`installing ${path.relative(process.cwd(), examplesWorkspace)} (npm ci) for the code-fence checks…`);
  execFileSync("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: examplesWorkspace,
    stdio: ["ignore", "inherit", "inherit"],
  });
  writeFileSync(stamp(), lockHash());
}

/** Packages the workspace pins, from its package.json. */
export function pinnedPackages(workspace = examplesWorkspace): Map<string, string> {
  const manifest = JSON.parse(readFileSync(path.join(workspace, "package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  return new Map(Object.entries({ ...manifest.dependencies, ...manifest.devDependencies }));
}
