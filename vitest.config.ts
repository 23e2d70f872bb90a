import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Tests run build-time modules in plain Node, where the marker would throw; Next enforces it.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/content/**/*.test.ts"],
    globalSetup: ["tests/setup/examples-workspace.ts"],
    environment: "node",
    testTimeout: 30_000,
    // Loading the real track compiles every answer, which on a cold cache and a busy machine is slow.
    hookTimeout: 180_000,
  },
});
