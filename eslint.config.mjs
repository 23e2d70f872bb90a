import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import { entryNames, featureDependencies } from "./lib/tooling/boundaries/features.mjs";

const storageMessage =
  "Use lib/storage (openArea, RecordStore), which guards, validates and backs up every stored record.";

// Command-line scripts and their helpers (lib/tooling) are never part of a page.
const noTooling = ["@/lib/tooling/**", "**/lib/tooling/**"];

/**
 * Import rules for one feature's files at one folder depth: other features only through their
 * entries, only the features it lists in lib/tooling/boundaries/features.mjs (so no import closes
 * a cycle), relative paths never out of the feature, and browser code never build-time code.
 */
function featureRules(feature, depth) {
  const others = Object.keys(featureDependencies).filter((other) => other !== feature);
  const allowed = new Set(featureDependencies[feature]);
  const patterns = [
    {
      group: [
        ...others.map((other) => `@/${other}/*`),
        ...entryNames.map((entry) => `!@/*/*/${entry}`),
        // A stylesheet has no exports to hide; a client island is imported by its own path, since
        // Next ships every island a page's imports reach, barrel or not.
        "!@/*/*/*.css",
        "!@/components/*/*.client",
      ],
      message: "Import another feature through its entry: @/<feature>, or its client, server or node entry.",
    },
    {
      group: [`${"../".repeat(depth + 1)}**`],
      message: "A relative import stays inside its feature; reach other folders with @/.",
    },
  ];
  const forbidden = others.filter((other) => !allowed.has(other));
  if (forbidden.length > 0) {
    patterns.push({
      group: forbidden.flatMap((other) => [`@/${other}`, `@/${other}/**`]),
      message: `${feature} may not import this feature (lib/tooling/boundaries/features.mjs): features form layers, so no import closes a cycle.`,
    });
  }
  if (feature.startsWith("components/")) {
    patterns.push({ group: ["node:*", ...noTooling], message: "Components never import Node or lib/tooling." });
    if (feature !== "components/theme") {
      // The theme toggle keeps its preference with lib/storage directly; every other feature has a store.
      patterns.push({
        group: ["@/lib/storage", "@/lib/storage/**"],
        allowTypeImports: true,
        message: "UI reaches stored records through its feature's store in lib/, never lib/storage itself.",
      });
    }
  }
  const folder = `${feature}/${"*/".repeat(depth)}`;
  const island = {
    // A browser island never pulls in build-time code: compiler, highlighter, file system.
    group: ["@/lib/*/server", "@/lib/*/node", "@/components/*/server"],
    allowTypeImports: true,
    message: "Build-time code stays out of the browser.",
  };
  return [
    { files: [`${folder}*.{ts,tsx,mjs}`], rules: { "no-restricted-imports": ["error", { patterns }] } },
    {
      files: [`${folder}*.client.tsx`],
      rules: { "no-restricted-imports": ["error", { patterns: [...patterns, island] }] },
    },
  ];
}

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
  ...Object.keys(featureDependencies).flatMap((feature) => [0, 1, 2].flatMap((depth) => featureRules(feature, depth))),
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
