import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // Tests run build-time modules in plain Node, where the marker would throw; Next enforces it.
  "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
};

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
          include: ["tests/unit/**/*.test.ts", "tests/content/**/*.test.ts"],
          globalSetup: ["tests/setup/examples-workspace.ts"],
          environment: "node",
          testTimeout: 30_000,
          // Loading the real track compiles every answer, which on a cold cache and a busy machine is slow.
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
