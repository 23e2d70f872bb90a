import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, expectNoAxeViolationsInBothThemes, pressUntil, test } from "./fixtures";

const searchBox = (page: Page) => page.getByRole("combobox", { name: "Search questions" });

test("a tag on a question page opens the list filtered to that tag", async ({ page }) => {
  await page.goto("/q/worker-threads");
  await page.getByRole("link", { name: "Questions tagged Worker threads" }).click();
  await expect(page).toHaveURL(/\/questions\?tag=worker-threads$/);
  await page.locator(".filters .tag-picker summary").click();
  await expect(page.getByRole("checkbox", { name: "Worker threads", exact: true })).toBeChecked();
  const visible = page.locator("[data-question]:visible");
  await expect(visible.first()).toBeVisible();
  expect(await visible.count()).toBeGreaterThan(1);
  for (const item of await visible.all()) await expect(item).toHaveAttribute("data-tags", /(^| )worker-threads( |$)/);
  await expect(page.locator('[data-question="worker-threads"]:visible')).toHaveCount(1);
});

test("search with a word that matches nothing still finds the closest questions", async ({ page }) => {
  await page.goto("/");
  await pressUntil(page, "/", searchBox(page));
  await searchBox(page).fill("worker threads vs cluster");
  const options = page.getByRole("option");
  await expect(options.first()).toBeVisible();
  await expect(page.locator(".search-status")).toContainText("no question has every word");
  const top = await options.locator(".search-result-title").allTextContents();
  expect(top.slice(0, 2).join(" | ")).toMatch(/worker threads/i);
  expect(top.slice(0, 2).join(" | ")).toMatch(/cluster module/i);
});

test("an exact title typed into search puts that question first", async ({ page }) => {
  await page.goto("/");
  await pressUntil(page, "/", searchBox(page));
  await searchBox(page).fill("How does the cluster module use multiple cores, and when would you not use it?");
  await expect(page.getByRole("option").first()).toHaveAttribute("id", "result-cluster-module");
});

test("when nothing matches, search suggests fewer words and links the sections", async ({ page }) => {
  await page.goto("/");
  await pressUntil(page, "/", searchBox(page));
  await searchBox(page).fill("qqzzxx jjkkvv");
  await expect(
    page.getByText("No question matches “qqzzxx jjkkvv”. Try fewer words, or check their spelling."),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("dialog").getByRole("link", { name: "Runtime and core architecture" }).click();
  await expect(page).toHaveURL(/\/questions\?section=runtime$/);
  await expect(page.locator("[data-question]:visible").first()).toHaveAttribute("data-section", "runtime");
});

test("axe finds no violations on a question page with tag links, in the light and dark themes", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/q/worker-threads");
  await page.getByRole("link", { name: "Questions tagged Worker threads" }).focus();
  await expectNoAxeViolationsInBothThemes(page);
});
