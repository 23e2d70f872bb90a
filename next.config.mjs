import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { bankKeyVariable } from "./lib/content/bank-key.mjs";
import { inputsHash } from "./lib/tooling/build/inputs-hash.mjs";
import { PrecompressAssets } from "./lib/tooling/build/precompress-assets-plugin.mjs";
import { StableModuleIds } from "./lib/tooling/build/stable-module-ids.mjs";

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
  // Packages only the build's prerendering runs (the content loader, MDX compiler, highlighter and
  // diagram checker) are loaded from node_modules instead of bundled: the server bundle is never
  // deployed, and bundling them only made webpack parse them on every cold build.
  serverExternalPackages: [
    "esbuild",
    "gray-matter",
    "jsdom",
    "mdast-util-to-string",
    "mdx-bundler",
    "mermaid",
    "minisearch",
    "remark-mdx",
    "remark-parse",
    "shiki",
    "ts-fsrs",
    "unified",
    "unist-util-visit",
    "yaml",
    "zod",
  ],
  // `npm run check` type-checks the whole project; the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // A static export deploys no server, so Next's trace of the files a server needs is wasted work;
  // with everything excluded and the trace plugin dropped (below), only Next's short trace of its
  // own server is left.
  outputFileTracingExcludes: { "*": ["**/*"] },
  experimental: {
    // Subresource integrity on every script tag lets the CSP allow them by hash (lib/tooling/cli/write-csp.ts).
    sri: { algorithm: "sha256" },
    // The server bundles only prerender pages on this machine and are never deployed, so shrinking
    // them buys nothing; browser bundles are still minified.
    serverMinification: false,
  },
  reactStrictMode: true,
  // A build id from the bytes of the build's inputs, in place of Next's random one, so an unchanged
  // rebuild writes byte-identical pages and the precompression cache hits. The same hash tells
  // Next's workers which checked bank the content check left them (lib/content/bank-cache.ts).
  generateBuildId: () => {
    const id = inputsHash();
    process.env[bankKeyVariable] = id;
    return id;
  },
  // With `output: "export"`, a distDir other than .next names the export folder (build files stay
  // in .next). OUT_DIR lets the multi-track test build export beside out/, not over it.
  ...(process.env.OUT_DIR ? { distDir: process.env.OUT_DIR } : {}),
  // A custom webpack function also makes Next compile its three bundles in this process instead of
  // starting a worker process for each, which saves the workers' start-up.
  webpack(config, { dev, isServer }) {
    // The hashed assets are compressed while Next prerenders (precompress-assets-plugin.mjs).
    if (!isServer && !dev) config.plugins.push(new PrecompressAssets({ publicDir: path.resolve("public") }));
    // Next traces the files each server entry needs, for deploying a Node server; a static export
    // deploys none, and the trace parses every server chunk. The plugin is known by its name:
    // importing it from Next would make Next's internals build dependencies of webpack's cache.
    if (isServer && !dev)
      config.plugins = config.plugins.filter((p) => p.constructor.name !== "TraceEntryPointsPlugin");
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
