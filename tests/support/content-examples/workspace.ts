import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** The npm project that pins every package the content's code fences import. */
export const examplesWorkspace = path.resolve(import.meta.dirname, "..", "..", "content-examples");

const lockHash = (workspace: string) =>
  createHash("sha256")
    .update(readFileSync(path.join(workspace, "package-lock.json")))
    .digest("hex");
/** Lives inside node_modules, so deleting node_modules also forgets the install. */
const stampFile = (workspace: string) => path.join(workspace, "node_modules", ".lockfile-hash");

export function isWorkspaceInstalled(workspace = examplesWorkspace): boolean {
  const stamp = stampFile(workspace);
  return existsSync(stamp) && readFileSync(stamp, "utf8") === lockHash(workspace);
}

/** Install scripts are skipped: the checks need the packages' code and types, no native build or download. */
function npmCi(workspace: string): void {
  execFileSync("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: workspace,
    stdio: ["ignore", "inherit", "inherit"],
  });
}

/**
 * Installs the workspace when node_modules is missing or the lockfile changed since the last install.
 * Returns whether it installed.
 */
export function ensureWorkspaceInstalled(workspace = examplesWorkspace, install = npmCi): boolean {
  if (isWorkspaceInstalled(workspace)) return false;
  console.log(`installing ${path.relative(process.cwd(), workspace)} (npm ci) for the code-fence checks`);
  install(workspace);
  mkdirSync(path.dirname(stampFile(workspace)), { recursive: true });
  writeFileSync(stampFile(workspace), lockHash(workspace));
  return true;
}

/** Packages the workspace pins, from its package.json. */
export function pinnedPackages(workspace = examplesWorkspace): Map<string, string> {
  const manifest = JSON.parse(readFileSync(path.join(workspace, "package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  return new Map(Object.entries({ ...manifest.dependencies, ...manifest.devDependencies }));
}
