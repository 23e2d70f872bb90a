import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

/** Every test fails if the page logs a console error or throws, on any page it visits. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        // A deliberate 404 page logs its own document's status; that is the one expected error.
        const expected404 = /status of 404/.test(message.text()) && message.location().url === page.url();
        if (message.type() === "error" && !expected404)
          errors.push(`${page.url()}: ${message.text()} (${message.location().url})`);
      });
      page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
      await use(errors);
      expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Practice progress as the page stored it, or null when nothing is stored yet. */
export async function storedProgress(page: Page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem("followup:progress") ?? "null"));
}

export async function expectNoAxeViolations(page: Page, label = "axe violations") {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, label).toEqual([]);
}

/**
 * Runs axe on the page as it stands in the light theme and then in the dark one. With no stored
 * choice the CSS follows prefers-color-scheme, so one load serves both: colour contrast is what
 * differs between the themes, the markup is the same. Colour transitions finish before each run, so
 * axe never measures a colour halfway between the themes.
 */
export async function expectNoAxeViolationsInBothThemes(page: Page) {
  // Each analysis gets the budget a test of its own had: on a big page (a section with every
  // answer open) one analysis can take most of it on a busy machine.
  const info = base.info();
  info.setTimeout(info.timeout + 2 * info.project.timeout);
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(() =>
      Promise.all(
        document
          .getAnimations()
          .filter((a) => a instanceof CSSTransition)
          .map((a) => a.finished.catch(() => undefined)),
      ),
    );
    await expectNoAxeViolations(page, `axe violations in the ${scheme} theme`);
  }
}

/**
 * Presses a shortcut until the thing it opens appears: a key pressed before hydration has no
 * listener yet, and a person would simply press it again.
 */
export async function pressUntil(page: Page, key: string, opened: import("@playwright/test").Locator) {
  await expect(async () => {
    await page.keyboard.press(key);
    await expect(opened).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
}
