import { expect, expectNoAxeViolations, expectNoAxeViolationsInBothThemes, pressUntil, test } from "./fixtures";
import { allQuestions } from "./test-build";
import { catalogPageSize } from "@/lib/content/pages";

const searchBox = (page: import("@playwright/test").Page) => page.getByRole("combobox", { name: "Search questions" });

test("keyboard only: open search from any page, type, arrow to a result, Enter opens it", async ({ page }) => {
  await page.goto("/nodejs/runtime");
  const box = searchBox(page);
  await pressUntil(page, "/", box);
  await expect(box).toBeFocused();
  await box.pressSequentially("event loop");
  await expect(page.getByRole("option").first()).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  const selected = page.getByRole("option", { selected: true });
  await expect(selected).toHaveCount(1);
  const id = (await selected.getAttribute("id"))!.replace(/^result-/, "");
  await expect(box).toHaveAttribute("aria-activedescendant", `result-${id}`);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/q/${id}$`));
});

test("Ctrl+K opens search and Escape closes it", async ({ page }) => {
  await page.goto("/");
  await pressUntil(page, "Control+k", page.getByRole("dialog"));
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
});

test("search tolerates typos and highlights the match", async ({ page }) => {
  await page.goto("/");
  await pressUntil(page, "/", searchBox(page));
  await searchBox(page).pressSequentially("evnt lop");
  const first = page.getByRole("option").first();
  await expect(first).toContainText(/event loop/i);
  await expect(first.locator("mark").first()).toBeVisible();
});

test("axe finds no violations with the search dialog open, in the light and dark themes", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  await pressUntil(page, "/", searchBox(page));
  await searchBox(page).pressSequentially("loop");
  await expect(page.getByRole("option").first()).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page);
});

test("the index head is fetched only when search first opens, and a query fetches only a few shards", async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  expect(fetched.filter((p) => p.startsWith("/search-index/"))).toEqual([]);
  await page.keyboard.press("/");
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: /^$|result/ })
      .first(),
  ).toBeAttached();
  await page.getByRole("combobox").fill("loop");
  await expect(page.getByRole("option").first()).toBeVisible();
  expect(fetched).toContain("/search-index/head.json");
  const shards = fetched.filter((p) => /^\/search-index\/[0-9a-f]{12}\/t\d+\.json$/.test(p));
  expect(shards.length).toBeGreaterThan(0);
  expect(shards.length).toBeLessThanOrEqual(3);
});

test("a missing index shard leaves title matches and says so, without breaking the dialog", async ({
  page,
  consoleErrors,
}) => {
  await page.route(/\/search-index\/[0-9a-f]{12}\/t\d+\.json$/, (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto("/");
  await pressUntil(page, "/", searchBox(page));
  await searchBox(page).fill("worker threads");
  await expect(page.locator(".search-status")).toContainText(
    "Part of the search index could not load, so these results may be incomplete.",
  );
  await expect(page.getByRole("option").first()).toContainText(/worker threads/i);
  // The browser logs the refused shard itself; that error is this test's premise.
  const refused = consoleErrors.filter((e) => /status of 404/.test(e) && /\/search-index\//.test(e));
  expect(refused.length).toBeGreaterThan(0);
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !refused.includes(e)));
});

test("a filtered URL reproduces the filtered view", async ({ page }) => {
  await page.goto("/questions?section=runtime&difficulty=intermediate");
  await expect(page.getByRole("checkbox", { name: "Runtime and core architecture" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "intermediate", exact: true })).toBeChecked();
  await expect(page.getByText(new RegExp(`Showing \\d+ of ${allQuestions} questions`))).toBeVisible();
  const visible = page.locator("[data-question]:visible");
  await expect(visible.first()).toBeVisible();
  for (const item of await visible.all()) {
    await expect(item).toHaveAttribute("data-section", "runtime");
    await expect(item).toHaveAttribute("data-difficulty", "intermediate");
  }
  await page.getByRole("checkbox", { name: "intermediate", exact: true }).uncheck();
  await expect(page).toHaveURL(/\/questions\?section=runtime$/);
});

test("a hostile query string is ignored with a notice and the page still works", async ({ page }) => {
  await page.goto(
    "/questions?section=%3Cscript%3Ealert(1)%3C/script%3E&difficulty=impossible&__proto__=x&tag=%E0%A4%A",
  );
  await expect(page.getByText(/Ignored unknown filters?:/)).toBeVisible();
  await expect(page.locator("script", { hasText: "alert(1)" })).toHaveCount(0);
  await expect(page.locator("[data-question]:visible").first()).toBeVisible();
});

test("with JavaScript off, the search entry point is a link to all questions", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("link", { name: /Search/ }).click();
  await expect(page).toHaveURL(/\/questions$/);
  await expect(page.locator("[data-question]").first()).toBeVisible();
  await context.close();
});

test("Escape closes search at once even with text typed", async ({ page }) => {
  await page.goto("/");
  await pressUntil(page, "/", searchBox(page));
  await searchBox(page).fill("loop");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
});

test("a typo still finds the topic: backpresure finds backpressure", async ({ page }) => {
  await page.goto("/");
  await pressUntil(page, "/", searchBox(page));
  await searchBox(page).pressSequentially("backpresure");
  await expect(page.getByRole("option").first()).toContainText(/backpressure/i);
});

test("a filter loads the catalog of every question once; clearing it brings back the page's list", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto("/questions");
  await expect(page.getByRole("status").filter({ hasText: "Showing" })).toHaveText(
    `Showing ${allQuestions} of ${allQuestions} questions`,
  );
  expect(fetched).not.toContain("/questions/catalog.json");
  // The page's own list: the first page of the catalog, all of it while it is short.
  const listed = await page.locator("[data-catalog-page] [data-question]").count();
  expect(listed).toBe(Math.min(allQuestions, catalogPageSize));
  await page.getByRole("checkbox", { name: "advanced", exact: true }).check();
  await expect(page.locator("[data-catalog-page]")).toBeHidden();
  const visible = page.locator("[data-question]:visible");
  await expect(visible.first()).toBeVisible();
  for (const item of await visible.all()) await expect(item).toHaveAttribute("data-difficulty", "advanced");
  await expect(
    page.getByText(new RegExp(`Showing ${await visible.count()} of ${allQuestions} questions`)),
  ).toBeVisible();
  expect(fetched.filter((p) => p === "/questions/catalog.json")).toHaveLength(1);
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page.locator("[data-catalog-page]")).toBeVisible();
  await expect(page.locator("[data-question]:visible")).toHaveCount(listed);
});

test("filters that match nothing say so", async ({ page }) => {
  // Section 5 has no advanced questions (checked by the content counts).
  await page.goto("/questions?section=security-testing&difficulty=advanced");
  await expect(page.getByText("No question matches all of these filters.")).toBeVisible();
  await expect(page.locator("[data-question]:visible")).toHaveCount(0);
});

test("the tag picker offers tag titles, and a chosen tag keeps only the questions that carry it", async ({ page }) => {
  await page.goto("/questions");
  await page.locator(".filters .tag-picker summary").click();
  await expect(page.getByRole("checkbox", { name: "worker-threads", exact: true })).toHaveCount(0);
  await page.getByRole("checkbox", { name: "Worker threads", exact: true }).check();
  const visible = page.locator("[data-question]:visible");
  await expect(visible.first()).toBeVisible();
  const count = await visible.count();
  expect(count).toBeGreaterThan(1);
  await expect(page.getByText(new RegExp(`Showing ${count} of ${allQuestions} questions`))).toBeVisible();
  for (const item of await visible.all()) await expect(item).toHaveAttribute("data-tags", /(^| )worker-threads( |$)/);
});

test("each filter is a history entry: Back steps through the filters before leaving /questions", async ({ page }) => {
  await page.goto("/");
  await page.goto("/questions");
  await page.getByRole("checkbox", { name: "advanced", exact: true }).check();
  await page.getByRole("checkbox", { name: "Runtime and core architecture" }).check();
  await expect(page).toHaveURL(/\/questions\?section=runtime&difficulty=advanced$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/questions\?difficulty=advanced$/);
  await expect(page.getByRole("checkbox", { name: "Runtime and core architecture" })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "advanced", exact: true })).toBeChecked();
  await page.goBack();
  await expect(page).toHaveURL(/\/questions$/);
  await expect(page.getByRole("checkbox", { name: "advanced", exact: true })).not.toBeChecked();
  await expect(page.locator("[data-catalog-page]")).toBeVisible();
});

for (const scheme of ["light", "dark"] as const) {
  test(`with two tracks, search from a track's page keeps to it until all tracks are asked for (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    // This head moves the runtime section into another track.
    await page.route("**/search-index/head.json", async (route) => {
      const head = await (await route.fetch()).json();
      head.tracks.push("other");
      head.sections[0][2] = 1;
      await route.fulfill({ json: head });
    });
    await page.goto("/nodejs/streams-io");
    await pressUntil(page, "/", searchBox(page));
    await searchBox(page).fill("event loop phases");
    const titles = page.locator(".search-result-title");
    await expect(page.locator(".search-status")).toContainText("result");
    await expect(titles.filter({ hasText: "Walk me through the phases" })).toHaveCount(0);
    await page.getByRole("checkbox", { name: "Search all tracks" }).check();
    await expect(titles.first()).toContainText("Walk me through the phases");
    await expectNoAxeViolations(page);
  });
}

test("with one track, search offers no track toggle", async ({ page }) => {
  // The test build has three tracks; this head folds every section into the Node.js track.
  await page.route("**/search-index/head.json", async (route) => {
    const head = await (await route.fetch()).json();
    head.tracks = [head.tracks[0]];
    for (const section of head.sections) section[2] = 0;
    await route.fulfill({ json: head });
  });
  await page.goto("/nodejs/streams-io");
  await pressUntil(page, "/", searchBox(page));
  await searchBox(page).fill("stream");
  await expect(page.getByRole("option").first()).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Search all tracks" })).toHaveCount(0);
});
