import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

/**
 * The packages only `npm run bench` uses live in their own npm project, `tools/`, which the bench
 * installs on first use (and again when its lockfile changes). The root `npm ci`, and so CI, never
 * downloads them. They are loaded by path at run time, so `tsc` needs them neither; the few calls
 * the bench makes are typed here.
 */
export const benchToolsDir = path.join(import.meta.dirname, "tools");

const lockHash = () =>
  createHash("sha256")
    .update(readFileSync(path.join(benchToolsDir, "package-lock.json")))
    .digest("hex");
/** Inside node_modules, so deleting node_modules also forgets the install. */
const stampFile = path.join(benchToolsDir, "node_modules", ".lockfile-hash");

function ensureInstalled(): void {
  if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === lockHash()) return;
  console.log(`bench: installing ${path.relative(process.cwd(), benchToolsDir)} (npm ci), once per lockfile`);
  // No install scripts: the bench drives Debian's Chromium and needs nothing built or downloaded.
  execFileSync("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: benchToolsDir,
    stdio: ["ignore", "inherit", "inherit"],
  });
  writeFileSync(stampFile, lockHash());
}

async function load(name: string): Promise<{ default?: unknown } & Record<string, unknown>> {
  ensureInstalled();
  const entry = createRequire(path.join(benchToolsDir, "package.json")).resolve(name);
  return (await import(pathToFileURL(entry).href)) as { default?: unknown } & Record<string, unknown>;
}

export interface LighthouseResult {
  lhr: {
    categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
    audits: Record<string, { score: number | null; numericValue?: number }>;
    runtimeError?: { code: string };
  };
}
export type Lighthouse = (
  url: string,
  flags: { port: number; output: "json"; logLevel: "error" },
) => Promise<LighthouseResult | undefined>;

export interface LaunchedChrome {
  port: number;
  kill(): Promise<void> | void;
}
export type LaunchChrome = (options: { chromePath: string; chromeFlags: string[] }) => Promise<LaunchedChrome>;

export interface AutocannonResult {
  requests: { average: number };
  latency: { p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
export type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  pipelining: number;
  headers: Record<string, string>;
}) => Promise<AutocannonResult>;

export const loadLighthouse = async () => (await load("lighthouse")).default as Lighthouse;
export const loadChromeLauncher = async () => (await load("chrome-launcher")).launch as LaunchChrome;
export const loadAutocannon = async () => (await load("autocannon")).default as Autocannon;
