import { readFileSync } from "node:fs";
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
    if (path === "/practice") await page.getByRole("button", { name: /^Start \d+ card/ }).click();
    if (path === "/mock") await page.getByRole("button", { name: "Start the mock interview" }).click();
    await page.waitForLoadState("networkidle");
    expect(await violations(page)).toEqual([]);
  });
}

test("a diagram opened directly is sandboxed and may run no script", async ({ page }) => {
  await page.goto("/nodejs/runtime");
  const src = await page.locator("img.diagram-light").first().getAttribute("src");
  const response = await page.goto(src!);
  expect(response?.headers()["content-security-policy"]).toBe(
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; sandbox",
  );
});

test("every response carries COOP and CORP same-origin", async ({ request }) => {
  const responses = await Promise.all(["/", "/search-index/head.json", "/q/missing-page"].map((p) => request.get(p)));
  for (const response of responses) {
    expect(response.headers()["cross-origin-opener-policy"]).toBe("same-origin");
    expect(response.headers()["cross-origin-resource-policy"]).toBe("same-origin");
  }
});

test("host config files written by the build are never served", async ({ request }) => {
  const statuses = await Promise.all(
    ["/csp.json", "/_headers", "/nginx-headers.conf"].map(async (p) => (await request.get(p)).status()),
  );
  expect(statuses).toEqual([404, 404, 404]);
});

test("the static-host header files sandbox diagrams and let no other non-page file run anything", () => {
  const netlify = readFileSync("out/_headers", "utf8");
  expect(netlify).toMatch(/^\/diagrams\/\*\n {2}Content-Security-Policy: default-src 'none';[^\n]*; sandbox$/m);
  expect(netlify).toMatch(
    /^\/_next\/static\/\*\n {2}Content-Security-Policy: default-src 'none'; frame-ancestors 'none'$/m,
  );
  const nginx = readFileSync("out/nginx-headers.conf", "utf8");
  expect(nginx).toMatch(
    /location \^~ \/diagrams\/ \{\n {2}add_header Content-Security-Policy "default-src 'none';[^"]*; sandbox" always;/,
  );
});
