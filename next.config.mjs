/** @type {import('next').NextConfig} */
const nextConfig = {
  // Every page is prerendered; `npm start` serves the exported files (lib/cli/serve.ts).
  output: "export",
  // The MDX compiler, highlighter and diagram checker run at build time on the server only.
  serverExternalPackages: ["mdx-bundler", "esbuild", "shiki", "jsdom", "mermaid"],
  // `npm run check` type-checks the whole project; the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // Subresource integrity on every script tag lets the CSP allow them by hash (lib/cli/write-csp.ts).
  experimental: { sri: { algorithm: "sha256" } },
  reactStrictMode: true,
};

export default nextConfig;
