import { expect, test } from "@playwright/test";

// hands-on-intermediate is the heaviest section: its answers carry the most code, so it spans pages.
const section = "/nodejs/hands-on-intermediate";

test("a section split over pages lists every question with the page it is on", async ({ page }) => {
  await page.goto(section);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/page 1 of \d/);
  const index = page.getByRole("navigation", { name: "All questions in this section" });
  await index.locator("summary").click();
  await expect(index.locator("a[data-question]")).toHaveCount(20);
  await expect(index.locator("a[href*='/page/2#']").first()).toBeVisible();
});

test("a #id deep link to a question on a later page lands there with the question open", async ({ page }) => {
  await page.goto(section);
  const later = page.locator("nav.section-index a[href*='/page/2#']").first();
  const id = (await later.getAttribute("data-question"))!;
  await expect(page.locator(`details#${id}`)).toHaveCount(0);
  // A deep link is a fresh load. From the same page, going to `#id` would only change the fragment,
  // and if Next's router hydrated after that, it would put back the URL it started with.
  await page.goto("about:blank");
  await page.goto(`${section}#${id}`);
  // The redirect runs once the page's script has started, which a loaded CI machine can delay.
  await expect(page).toHaveURL(new RegExp(`${section}/page/2#${id}$`), { timeout: 15_000 });
  await expect(page.locator(`details#${id}`)).toHaveAttribute("open", "");
});

// Compression by npm start's server is checked in tests/built/served-files.test.ts.
