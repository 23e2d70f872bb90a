import { expect, test } from "@playwright/test";
import { pressUntil } from "./fixtures";

const pages = [
  "/",
  "/nodejs/runtime",
  "/q/event-loop-phases",
  "/practice",
  "/mock",
  "/progress",
  "/questions",
  "/q/missing-page",
];

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

const violations = (page: import("@playwright/test").Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

for (const path of pages) {
  test(`${path} is served with a strict CSP and records no violations while used`, async ({ page }) => {
    const response = await page.goto(path);
    const csp = response?.headers()["content-security-policy"] ?? "";
    expect(csp).toContain("'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toMatch(/script-src [^;]*'sha256-/);
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("style-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response?.headers()["x-content-type-options"]).toBe("nosniff");
    expect(response?.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(response?.headers()["permissions-policy"]).toContain("camera=()");
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    const box = page.getByRole("combobox", { name: "Search questions" });
    await pressUntil(page, "/", box);
    await box.fill("loop");
    await expect(page.getByRole("option").first()).toBeVisible();
    await page.keyboard.press("Escape");
    if (path === "/practice") await page.getByRole("button", { name: /^Start \d+ question/ }).click();
    if (path === "/mock") await page.getByRole("button", { name: "Start the mock interview" }).click();
    await page.waitForLoadState("networkidle");
    expect(await violations(page)).toEqual([]);
  });
}

test.describe("with the offline worker running", () => {
  test.use({ serviceWorkers: "allow" });

  test("the manifest and the service worker load under the strict CSP with no violations", async ({ page }) => {
    test.setTimeout(120_000);
    const response = await page.goto("/progress");
    const csp = response?.headers()["content-security-policy"] ?? "";
    expect(csp).toContain("manifest-src 'self'");
    expect(csp).toContain("worker-src 'self'");
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 90_000 })
      .toBe(true);
    expect(await page.evaluate(async () => (await fetch("/manifest.webmanifest")).ok)).toBe(true);
    await page.getByRole("button", { name: "Move to another device" }).click();
    await expect(page.getByRole("img", { name: "QR code of the transfer link" })).toBeVisible();
    await page.reload();
    await page.waitForLoadState("networkidle");
    expect(await violations(page)).toEqual([]);
  });
});

// The header and file checks that need no browser are in tests/built/security-headers.test.ts.
