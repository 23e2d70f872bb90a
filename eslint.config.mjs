import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const storageMessage =
  "Use lib/storage (openArea, RecordStore), which guards, validates and backs up every stored record.";

// Command-line scripts and their helpers (lib/tooling) are never part of a page.
const noTooling = ["@/lib/tooling/**", "**/lib/tooling/**"];
const browserOnly = ["@/lib/mdx/compile", "@/lib/mdx/highlight", "@/lib/diagrams/*", "node:*", ...noTooling];

/** Import patterns that reach into another feature's components or lib modules. */
const featureImports = (feature) => [
  `../${feature}/*`,
  `@/components/${feature}/*`,
  `@/lib/${feature}/*`,
  ...(feature === "practice" ? ["!@/lib/practice/deck"] : []),
];

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [
      ".next/**",
      "out/**",
      "node_modules/**",
      ".bench/**",
      "tests/.multi-track/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
      "bench-results/**",
      "tests/content-examples/**",
    ],
  },
  {
    // Pages are static HTML; plain links load them without shipping the client router's Link code.
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: noTooling }] },
  },
  {
    // Browser islands must never pull in the build-time compiler, highlighter or file system.
    files: ["components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: browserOnly }] },
  },
  {
    // Features talk through shared pieces (components/card, lib/progress), never each other's internals.
    files: ["components/mock/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [...browserOnly, ...featureImports("practice")] }] },
  },
  {
    files: ["components/practice/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [...browserOnly, ...featureImports("mock")] }] },
  },
  {
    // lib/practice/deck.ts is the deck's public module, shared by the build and both features.
    files: ["lib/mock/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["../practice/*", "@/lib/practice/*", "!@/lib/practice/deck"] }] },
      ],
    },
  },
  {
    files: ["lib/practice/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: ["../mock/*", "@/lib/mock/*"] }] },
  },
  {
    // Every stored record goes through lib/storage: versioned, validated, merged across tabs, backed up.
    files: ["**/*.{ts,tsx,js,mjs}"],
    ignores: ["lib/storage/**", "tests/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "localStorage", message: storageMessage },
        { name: "sessionStorage", message: storageMessage },
      ],
      "no-restricted-properties": [
        "error",
        { object: "window", property: "localStorage", message: storageMessage },
        { object: "window", property: "sessionStorage", message: storageMessage },
        { object: "globalThis", property: "localStorage", message: storageMessage },
        { object: "globalThis", property: "sessionStorage", message: storageMessage },
      ],
    },
  },
];

export default config;
