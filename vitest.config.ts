import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // Tests run build-time modules in plain Node, where the marker would throw; Next enforces it.
  "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
};

const unitFiles = ["tests/unit/**/*.test.ts", "tests/content/**/*.test.ts"];
export const isolatedFiles = [
  "tests/unit/bank-cache.test.ts",
  "tests/unit/build-stages.test.ts",
  "tests/unit/compile-diagram.test.ts",
  "tests/unit/import-diagrams.test.ts",
  "tests/unit/load-unsafe-body.test.ts",
  "tests/unit/record-lock.test.ts",
  "tests/unit/remark-diagrams.test.ts",
  "tests/unit/social-image-cache.test.ts",
  "tests/unit/stored-dates.test.ts",
  "tests/unit/take-store.test.ts",
];

export default defineConfig({
  resolve: { alias },
  test: {
    environment: "node",
    testTimeout: 30_000,
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: unitFiles,
          exclude: isolatedFiles,
          globalSetup: ["tests/setup/examples-workspace.ts"],
          environment: "node",
          testTimeout: 30_000,
          // Loading the real track compiles every answer, which on a cold cache and a busy machine is slow.
          hookTimeout: 180_000,
          // Pure tests share each worker's modules, so the heavy ones (mdx-bundler, shiki, the real
          // track behind getTracks) load once per worker instead of once per file.
          isolate: false,
        },
      },
      {
        // The unit files that mock modules, fake timers, stub globals or set process.env: each
        // gets fresh modules, so nothing it changes reaches another file.
        resolve: { alias },
        test: {
          name: "unit-isolated",
          include: isolatedFiles,
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 180_000,
        },
      },
      {
        // Checks of the built export that need no browser (files, headers, compression, bundles):
        // `npm run test:built`, after the test build. tests/built/export.ts says which folder.
        resolve: { alias },
        test: {
          name: "built",
          include: ["tests/built/**/*.test.ts"],
          environment: "node",
          testTimeout: 30_000,
        },
      },
    ],
  },
});
