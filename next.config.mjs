import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { StableModuleIds } from "./lib/tooling/build/stable-module-ids.mjs";

/**
 * Extra content roots a test build adds (FOLLOWUP_CONTENT_DIRS, read by lib/content/content-roots.ts);
 * they are build inputs too.
 */
const extraContentRoots = (process.env.FOLLOWUP_CONTENT_DIRS ?? "").split(path.delimiter).filter((dir) => dir.trim());

/** Everything a build reads: the same inputs give the same build id. */
const buildInputs = [
  "app",
  "components",
  "content",
  ...extraContentRoots,
  "lib",
  "public",
  "next.config.mjs",
  "package-lock.json",
];

/**
 * A build id from the bytes of the build's inputs, in place of Next's random one, so an unchanged
 * rebuild writes byte-identical pages and the precompression cache (lib/tooling/cli/precompress.ts) hits.
 */
function inputsHash() {
  const hash = createHash("sha256");
  for (const input of buildInputs) {
    const files = statSync(input).isDirectory()
      ? readdirSync(input, { recursive: true }).map((rel) => path.join(input, String(rel)))
      : [input];
    for (const file of files.sort()) {
      if (!statSync(file).isFile()) continue;
      hash.update(file).update("\0").update(readFileSync(file)).update("\0");
    }
  }
  return hash.digest("base64url").slice(0, 21);
}

/**
 * Next salts server-action ids with a key it keeps in `.next/cache`, except where it guesses the disk
 * is throw-away (in a container), where each build makes a new one. The key is part of webpack's
 * cache version, so a new key per build means no build ever reuses the webpack cache. A static
 * export has no server actions, so the key guards nothing here: keep one per `.next/cache`.
 */
function keepActionsKey() {
  if (process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY) return;
  const file = path.join(".next", "cache", "followup-actions-key");
  let key = "";
  try {
    key = readFileSync(file, "utf8").trim();
  } catch {
    key = randomBytes(32).toString("base64");
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, key);
  }
  process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY = key;
}
keepActionsKey();

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Every page is prerendered; `npm start` serves the exported files (lib/tooling/cli/serve.ts).
  output: "export",
  // The MDX compiler, highlighter and diagram checker run at build time on the server only.
  serverExternalPackages: ["mdx-bundler", "esbuild", "shiki", "jsdom", "mermaid"],
  // `npm run check` type-checks the whole project; the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // A static export deploys no server, so Next's trace of the files a server needs is wasted work;
  // excluding everything leaves only the entry chunks themselves to be read.
  outputFileTracingExcludes: { "*": ["**/*"] },
  experimental: {
    // Subresource integrity on every script tag lets the CSP allow them by hash (lib/tooling/cli/write-csp.ts).
    sri: { algorithm: "sha256" },
    // The server bundles only prerender pages on this machine and are never deployed, so shrinking
    // them buys nothing; browser bundles are still minified.
    serverMinification: false,
  },
  reactStrictMode: true,
  generateBuildId: () => inputsHash(),
  // With `output: "export"`, a distDir other than .next names the export folder (build files stay
  // in .next). OUT_DIR lets the multi-track test build export beside out/, not over it.
  ...(process.env.OUT_DIR ? { distDir: process.env.OUT_DIR } : {}),
  // A custom webpack function also makes Next compile its three bundles in this process instead of
  // starting a worker process for each, which saves the workers' start-up.
  webpack(config, { dev }) {
    // Module ids that two builds of the same tree always agree on (see stable-module-ids.mjs), so
    // an unchanged rebuild writes byte-identical chunks and pages.
    if (!dev) {
      config.optimization.moduleIds = false;
      config.plugins.push(new StableModuleIds());
    }
    return config;
  },
};

export default nextConfig;
