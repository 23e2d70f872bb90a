import { execFileSync } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import path from "node:path";
import type { Page } from "@playwright/test";
import { multiTrack } from "../../lib/tooling/multi-track";
import { createServer } from "../../lib/tooling/serve/create-server";
import { expect, pressUntil, test } from "./fixtures";

// The worker is blocked in every other spec (playwright.config.ts); here it is the subject.
test.use({ serviceWorkers: "allow" });
// The first install fetches the whole precache list, which takes a while on a busy machine.
test.describe.configure({ timeout: 120_000 });

/** Waits until a service worker has installed every precached file and controls the page. */
async function installWorker(page: Page, origin = "") {
  await page.goto(`${origin}/`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 90_000 })
    .toBe(true);
}

async function serve(root: string, port: number): Promise<Server> {
  const server = await createServer({ root });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return server;
}

async function stop(server: Server) {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

const pngWidth = (bytes: Buffer) => bytes.readUInt32BE(16);

test("the web manifest names the app, opens standalone and lists 192 and 512 px icons, one maskable", async ({
  page,
  request,
}) => {
  await page.goto("/");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  const response = await request.get("/manifest.webmanifest");
  expect(response.headers()["content-type"]).toBe("application/manifest+json");
  const manifest = await response.json();
  expect(manifest).toMatchObject({ short_name: "Followup", display: "standalone", start_url: "/", scope: "/" });
  expect(manifest.icons.map((i: { purpose: string; sizes: string }) => `${i.sizes} ${i.purpose}`)).toEqual([
    "192x192 any",
    "512x512 any",
    "512x512 maskable",
  ]);
  for (const icon of manifest.icons as { src: string; sizes: string }[]) {
    const file = await request.get(icon.src);
    expect(file.headers()["content-type"]).toBe("image/png");
    expect(pngWidth(await file.body())).toBe(Number(icon.sizes.split("x")[0]));
  }
});

test("Chromium finds nothing that stops the app from being installed", async ({ page }) => {
  await installWorker(page);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  // Playwright's contexts are off the record, which alone forbids installing; nothing else may.
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== "in-incognito")).toEqual([]);
});

test("the service worker installs and takes control of the page", async ({ page }) => {
  await installWorker(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
  expect(scope).toMatch(/\/$/);
});

test("offline, practice starts and reveals an answer", async ({ page, context }) => {
  await installWorker(page);
  await context.setOffline(true);
  await page.goto("/practice?q=event-loop-phases");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(/phases of the Node.js event loop/);
  await page.getByRole("button", { name: /Reveal the answer/ }).click();
  await expect(page.locator("[data-model-answer], .model-answer").first()).toContainText("fixed cycle");
});

test("offline, a question page opens", async ({ page, context }) => {
  await installWorker(page);
  await context.setOffline(true);
  await page.goto("/q/event-loop-phases");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/phases of the Node.js event loop/);
});

test("offline, search finds questions", async ({ page, context }) => {
  await installWorker(page);
  await context.setOffline(true);
  await page.goto("/questions");
  const box = page.getByRole("combobox", { name: "Search questions" });
  await pressUntil(page, "/", box);
  await box.pressSequentially("event loop");
  await expect(page.getByRole("option").first()).toContainText(/event loop/i);
});

test("offline, a page that is not saved shows the offline page with links to what works", async ({ page, context }) => {
  await installWorker(page);
  await context.setOffline(true);
  await page.goto("/not-a-saved-page");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You are offline");
  await expect(page.getByRole("main").getByRole("link", { name: "Practice" })).toHaveAttribute("href", "/practice");
});

test("a new build is offered with 'A new version is ready', and Reload hands over to it", async ({ page }) => {
  // A copy of the test build on its own server, so this test can deploy a changed worker to it alone.
  const root = path.resolve(multiTrack.root, `sw-update-${test.info().project.name}`);
  await rm(root, { recursive: true, force: true });
  execFileSync("cp", ["-al", path.resolve(multiTrack.outDir), root]);
  const port = Number(process.env.E2E_PORT ?? 3100) + 2;
  const origin = `http://127.0.0.1:${port}`;
  let server = await serve(root, port);
  try {
    await installWorker(page, origin);
    await stop(server);
    // The files are hard links into the test build: replace the worker rather than write through it.
    const worker = await readFile(path.join(root, "sw.js"), "utf8");
    for (const file of ["sw.js", "sw.js.br", "sw.js.gz"]) await rm(path.join(root, file), { force: true });
    await writeFile(path.join(root, "sw.js"), `${worker}\n// the next build\n`);
    server = await serve(root, port);

    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const prompt = page.getByText("A new version is ready.");
    await expect(prompt).toBeVisible({ timeout: 90_000 });
    const reloaded = page.waitForEvent("load");
    await prompt.getByRole("button", { name: "Reload" }).click();
    await reloaded;
    await expect(prompt).toBeHidden();
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting)).toBeNull();
  } finally {
    await stop(server);
    await rm(root, { recursive: true, force: true });
  }
});
