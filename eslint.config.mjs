import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [
      ".next/**",
      "out/**",
      "node_modules/**",
      ".bench/**",
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
    // Browser islands must never pull in the build-time compiler, highlighter or file system.
    files: ["components/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["@/lib/mdx/compile", "@/lib/mdx/highlight", "@/lib/diagrams/*", "node:*"] },
      ],
    },
  },
];

export default config;
