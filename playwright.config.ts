import { defineConfig } from "@playwright/test";
import { chromeArgs, chromePath } from "./lib/tooling/diagrams/chromium";
import { multiTrack } from "./lib/tooling/multi-track";

const port = Number(process.env.E2E_PORT ?? 3100);

// Specs written for a phone, and the existing specs a phone must also pass (less their tests
// tagged @desktop). The phone project runs only these, so the suite grows only by what matters.
// Tests tagged @phone (the axe page matrix) run at phone size only.
const phoneOnly = ["phone-journeys.spec.ts", "phone-layout.spec.ts"];
const phoneToo = ["themes.spec.ts", "transfer-link.spec.ts"];

// Every spec runs against the one test build (npm run build:tracks): the shipped Node.js track plus
// the fixture tracks, so a spec about one track names it. out/ stays the shipped site.
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
    // The offline service worker would precache the whole site in every test's fresh context and
    // serve later pages from its cache; only tests/e2e/offline.spec.ts lets it run.
    serviceWorkers: "block",
  },
  projects: [
    { name: "desktop", testIgnore: phoneOnly, grepInvert: /@phone/ },
    {
      name: "phone",
      testMatch: [...phoneOnly, ...phoneToo],
      grepInvert: /@desktop/,
      use: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
    },
  ],
  webServer: {
    command: "npx tsx lib/tooling/cli/serve.ts",
    env: { PORT: String(port), HOST: "127.0.0.1", OUT_DIR: multiTrack.outDir },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    stdout: "ignore",
  },
});
