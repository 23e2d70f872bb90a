import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** Everything a build reads: the same inputs give the same build id. */
const buildInputs = ["app", "components", "content", "lib", "public", "next.config.mjs", "package-lock.json"];

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

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Every page is prerendered; `npm start` serves the exported files (lib/tooling/cli/serve.ts).
  output: "export",
  // The MDX compiler, highlighter and diagram checker run at build time on the server only.
  serverExternalPackages: ["mdx-bundler", "esbuild", "shiki", "jsdom", "mermaid"],
  // `npm run check` type-checks the whole project; the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // Subresource integrity on every script tag lets the CSP allow them by hash (lib/tooling/cli/write-csp.ts).
  experimental: { sri: { algorithm: "sha256" } },
  reactStrictMode: true,
  generateBuildId: () => inputsHash(),
};

export default nextConfig;
