import { expect, test } from "./fixtures";

test("at phone size the header is one row no taller than 56 px", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  const box = await page.locator("header.site-header").boundingBox();
  expect(box?.height).toBeLessThanOrEqual(56);
  await expect(page.getByRole("navigation", { name: "Site" })).toBeHidden();
  await expect(page.getByRole("link", { name: /Search/ })).toBeVisible();
});

test("at phone size the menu opens and its links go to their pages, where it starts closed", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await page.getByLabel("Menu", { exact: true }).click();
  await page.getByRole("navigation", { name: "Site menu" }).getByRole("link", { name: "Mock interview" }).click();
  await expect(page.getByRole("heading", { name: "Mock interview", level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Site menu" })).toBeHidden();
});

test("at desktop size the site links sit in the header and the menu button is hidden", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/");
  await expect(page.getByLabel("Menu", { exact: true })).toBeHidden();
  await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "All questions" }).click();
  await expect(page.getByRole("heading", { name: "All questions", level: 1 })).toBeVisible();
});

test("on a wide screen the question's contents take you to an answer section and a follow-up", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/q/event-loop-phases");
  const contents = page.getByRole("navigation", { name: "On this page" });
  await contents.getByRole("link", { name: "Why it matters in practice" }).click();
  await expect(page.getByRole("heading", { name: "Why it matters in practice" })).toBeInViewport();
  await contents.getByRole("link", { name: /nothing to run/ }).click();
  await expect(page.locator("details.follow-up").nth(1)).toBeInViewport();
  await expect(contents).toBeInViewport();
});

test("below the wide layout the contents are not shown", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/q/event-loop-phases");
  await expect(page.getByRole("navigation", { name: "On this page" })).toBeHidden();
});

test("the current page is marked in the desktop nav, visibly", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/progress");
  const nav = page.getByRole("navigation", { name: "Site" });
  await expect(nav.locator("[aria-current=page]")).toHaveText("Progress");
  await expect(nav.locator("[aria-current=page]")).toHaveCount(1);
  const style = (name: string) =>
    nav.getByRole("link", { name }).evaluate((a) => getComputedStyle(a).boxShadow + getComputedStyle(a).color);
  expect(await style("Progress")).not.toBe(await style("Plan"));
});

test("the menu closes when focus leaves it and when one of its links is followed", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/mock");
  const menu = page.getByRole("navigation", { name: "Site menu" });
  await page.getByLabel("Menu", { exact: true }).click();
  await expect(menu.locator("[aria-current=page]")).toHaveText("Mock interview");
  await menu.getByRole("link").last().focus();
  await page.keyboard.press("Tab");
  await expect(menu).toBeHidden();
  await page.getByLabel("Menu", { exact: true }).click();
  await menu.getByRole("link", { name: "Plan" }).click();
  await expect(page.getByRole("heading", { name: "Your interview plan", level: 1 })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("heading", { name: "Mock interview", level: 1 })).toBeVisible();
  await expect(menu).toBeHidden();
});
