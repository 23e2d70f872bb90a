import type { Page, Route } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";

const id = "event-loop-phases";

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
});

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test("every code block on a question page is labelled with its file or language", async ({ page }) => {
  await page.goto(`/q/${id}`);
  const blocks = page.locator("figure.code-block");
  await expect(blocks.first()).toBeVisible();
  for (const block of await blocks.all()) {
    await expect(block.locator("figcaption .code-title, figcaption .code-lang")).toHaveText(/\S/);
  }
  await expect(page.locator('figure.code-block[data-lang="js"] .code-lang').first()).toHaveText("JavaScript");
});

test("the copy button copies the block's code, says Copied and announces it", async ({ page }) => {
  await page.goto(`/q/${id}`);
  const block = page.locator("figure.code-block").first();
  const button = block.getByRole("button", { name: /^Copy code/ });
  await button.click();
  await expect(block.getByRole("button", { name: /^Copied code/ })).toBeVisible();
  await expect(page.locator("#code-copy-status")).toHaveText("Code copied");
  expect(await clipboard(page)).toBe(await block.locator("pre code").textContent());
  await expect(block.getByRole("button", { name: /^Copy code/ })).toBeVisible({ timeout: 5000 });
});

test("copy buttons work inside an opened accordion on a section page", async ({ page }) => {
  await page.goto(`/nodejs/runtime#${id}`);
  const block = page.locator(`#${id} figure.code-block`).first();
  await block.getByRole("button", { name: /^Copy code/ }).click();
  await expect(page.locator("#code-copy-status")).toHaveText("Code copied");
  expect(await clipboard(page)).toBe(await block.locator("pre code").textContent());
});

test("without JavaScript no copy button shows, and the label still does", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/q/${id}`);
  await expect(page.locator("figure.code-block .code-lang").first()).toBeVisible();
  await expect(page.getByRole("button", { name: /^Copy code/ })).toHaveCount(0);
  await context.close();
});

test("the model answer in practice has working copy buttons", async ({ page }) => {
  await page.goto(`/practice?q=${id}`);
  await page.getByRole("button", { name: /Reveal the answer/ }).click();
  const block = page.locator(".model-answer figure.code-block").first();
  await block.getByRole("button", { name: /^Copy code/ }).click();
  await expect(block.getByRole("button", { name: /^Copied code/ })).toBeVisible();
  await expect(page.locator("#code-copy-status")).toHaveText("Code copied");
  expect(await clipboard(page)).toBe(await block.locator("pre code").textContent());
});

test("in practice the copy buttons stay hidden until their handler has loaded, then work", async ({ page }) => {
  await page.goto(`/practice?q=${id}`);
  await expect(page.getByRole("button", { name: /Reveal the answer/ })).toBeEnabled();
  // Hold every script asked for from now on: the handler is loaded only once an answer shows.
  const held: Route[] = [];
  let holding = true;
  await page.route("**/_next/static/chunks/**", (route) => (holding ? void held.push(route) : route.continue()));
  await page.getByRole("button", { name: /Reveal the answer/ }).click();
  const block = page.locator(".model-answer figure.code-block").first();
  await expect(block.locator("pre code")).toBeVisible();
  await expect.poll(() => held.length).toBeGreaterThan(0);
  await expect(block.locator("[data-code-copy]")).toBeHidden();
  holding = false;
  await Promise.all(held.map((route) => route.continue()));
  await block.getByRole("button", { name: /^Copy code/ }).click();
  await expect(page.locator("#code-copy-status")).toHaveText("Code copied");
});

test("the model answer in the mock report has working copy buttons", async ({ page }) => {
  await page.goto(`/mock?seed=test1234&n=1&m=5&t=10&d=2&auto=0&over=lock&sec=runtime&diff=intermediate`);
  await page.getByRole("button", { name: "Start the mock interview" }).click();
  await page.getByRole("button", { name: /Done, finish/ }).click();
  await page.locator(".report-answer > summary").first().click();
  const block = page.locator(".report .model-answer figure.code-block").first();
  await block.getByRole("button", { name: /^Copy code/ }).click();
  await expect(page.locator("#code-copy-status")).toHaveText("Code copied");
  expect(await clipboard(page)).toBe(await block.locator("pre code").textContent());
});

for (const scheme of ["light", "dark"] as const) {
  test(`axe finds no violations on a question page with copy buttons showing, ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/q/${id}`);
    await page
      .locator("figure.code-block")
      .first()
      .getByRole("button", { name: /^Copy code/ })
      .click();
    await expect(page.locator("#code-copy-status")).toHaveText("Code copied");
    await expectNoAxeViolations(page);
  });
}
