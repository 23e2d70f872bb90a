import { defineConfig } from "@playwright/test";
import { chromeArgs, chromePath } from "./lib/tooling/diagrams/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: chromePath, args: chromeArgs },
    trace: "off",
  },
  webServer: {
    command: "npx tsx lib/tooling/cli/serve.ts",
    env: { PORT: String(port), HOST: "127.0.0.1" },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    stdout: "ignore",
  },
});
