import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";
import { chromeArgs, chromePath } from "./lib/tooling/diagrams/chromium";
import { multiTrack } from "./lib/tooling/multi-track";

const port = Number(process.env.E2E_PORT ?? 3100);
// The multi-track test build (npm run build:tracks) is served on the next port, when it exists, so
// a spec run after a plain `npm run build` does not wait for a folder that was never written.
const multiTrackPort = port + 1;
const multiTrackSpecs = ["multi-track.spec.ts", "imported-render.spec.ts"];
const server = (outDir: string, serverPort: number) => ({
  command: "npx tsx lib/tooling/cli/serve.ts",
  env: { PORT: String(serverPort), HOST: "127.0.0.1", OUT_DIR: outDir },
  url: `http://127.0.0.1:${serverPort}/`,
  reuseExistingServer: false,
  stdout: "ignore" as const,
});

// Specs written for a phone, and the existing specs a phone must also pass (less their tests
// tagged @desktop). The phone project runs only these, so the suite grows only by what matters.
const phoneOnly = ["phone-journeys.spec.ts", "phone-layout.spec.ts"];
const phoneToo = ["themes.spec.ts"];

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
  projects: [
    { name: "desktop", testIgnore: [...phoneOnly, ...multiTrackSpecs] },
    {
      name: "multi-track",
      testMatch: multiTrackSpecs,
      use: { baseURL: `http://127.0.0.1:${multiTrackPort}` },
    },
    {
      name: "phone",
      testMatch: [...phoneOnly, ...phoneToo],
      grepInvert: /@desktop/,
      use: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
    },
  ],
  webServer: [
    server("out", port),
    ...(existsSync(multiTrack.outDir) ? [server(multiTrack.outDir, multiTrackPort)] : []),
  ],
});
