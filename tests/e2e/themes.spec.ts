import { expect, expectNoAxeViolationsInBothThemes, test } from "./fixtures";

// These axe checks run once per page and theme, at phone size only (tagged @phone, which the desktop
// project skips): the markup is the same at both sizes, and the phone layout is the tighter one.
// Each page loads once and is checked in both themes, because colour contrast differs between them.
const pages = [
  ["home", "/"],
  ["track", "/nodejs"],
  ["section", "/nodejs/runtime"],
  ["question", "/q/event-loop-phases"],
  ["404", "/q/no-such-question"],
  ["all questions", "/questions?difficulty=advanced"],
  ["practice", "/practice"],
  ["progress", "/progress"],
] as const;

for (const [name, path] of pages) {
  test(
    `axe finds no violations on the ${name} page in the light and dark themes`,
    { tag: "@phone" },
    async ({ page }) => {
      await page.emulateMedia({ colorScheme: "light" });
      await page.goto(path);
      if (path.startsWith("/questions")) {
        await expect(page.locator("[data-question]:visible").first()).toBeVisible();
        // On a phone the filters fold away; open them so they are checked too.
        const toggle = page.getByRole("button", { name: /^Filters/ });
        if (await toggle.isVisible()) await toggle.click();
      }
      // Open every accordion so collapsed answers, code, diagrams and the tag picker are checked too.
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
      await expectNoAxeViolationsInBothThemes(page);
    },
  );
}

// What the track and bookmark scopes add: the notices for an unknown track and for no bookmarks.
const scopeNotices = [
  ["practice", "/practice?track=nope", 'There is no track "nope".'],
  ["practice", "/practice?saved=bookmarked", "There are no bookmarked questions"],
  ["mock", "/mock?track=nope", 'There is no track "nope".'],
  ["progress", "/progress?track=nope", 'There is no track "nope".'],
] as const;

for (const [name, path, text] of scopeNotices) {
  test(
    `axe finds no violations on ${path} (the ${name} notice) in the light and dark themes`,
    { tag: "@phone" },
    async ({ page }) => {
      await page.emulateMedia({ colorScheme: "light" });
      await page.goto(path);
      await expect(page.getByText(text)).toBeVisible();
      await expectNoAxeViolationsInBothThemes(page);
    },
  );
}

test("the dark diagram and dark code colours show in the dark theme", { tag: "@desktop" }, async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/q/event-loop-phases");
  await expect(page.locator("img.diagram-dark").first()).toBeVisible();
  await expect(page.locator("img.diagram-light").first()).toBeHidden();
  const bg = await page
    .locator("pre.shiki")
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).toBe("rgb(17, 17, 22)");
});

test(
  "the theme toggle persists across reloads and is applied before first paint",
  { tag: "@desktop" },
  async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/");
    await page.getByRole("button", { name: "Switch to dark theme" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    // Record the theme at the very first script run of the next load, before hydration.
    await page.addInitScript(() => {
      document.addEventListener("DOMContentLoaded", () => {
        (window as unknown as { themeAtLoad: string }).themeAtLoad = document.documentElement.dataset.theme ?? "";
      });
    });
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { themeAtLoad: string }).themeAtLoad)).toBe("dark");
    await expect(page.getByRole("button", { name: "Switch to light theme" })).toBeVisible();
  },
);
