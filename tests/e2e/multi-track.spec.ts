import { expect, expectNoAxeViolations, expectNoAxeViolationsInBothThemes, pressUntil, test } from "./fixtures";

// Like every spec, runs against the test build of npm run build:tracks: the shipped tracks,
// the fixture SQL track (tests/fixtures/tracks) and a page imported by npm run import.

test("home lists every track with its size, and the SQL track leads to a section and a question", async ({ page }) => {
  await page.goto("/");
  const trackHeadings = page.getByRole("heading", { level: 2 });
  await expect(trackHeadings).toHaveText(["Node.js", "System design", "SQL and databases", "Label Variants"]);
  await expect(page.locator("#track-sql ~ .hero-stats").first()).toHaveText("8 questions · 2 sections");

  await trackHeadings.getByRole("link", { name: "SQL and databases" }).click();
  await expect(page).toHaveURL(/\/sql$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("SQL and databases");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: /Transactions/ }).click();
  await expect(page).toHaveURL(/\/sql\/transactions$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Transactions");

  const lostUpdate = page.locator("#sql-lost-update");
  await lostUpdate.locator("summary").first().click();
  await lostUpdate.getByRole("link", { name: "Open as its own page" }).click();
  await expect(page).toHaveURL(/\/q\/sql-lost-update$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/lose an update/);

  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "SQL and databases" }).click();
  await expect(page).toHaveURL(/\/sql$/);
});

test("the Node.js addresses of the one-track site still answer as before", async ({ page }) => {
  await page.goto("/nodejs/runtime");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Runtime");
  await page.goto("/q/event-loop-phases");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/event loop/i);
  await page.goto("/practice?sections=runtime");
  await expect(page.getByRole("heading", { name: "Practice", level: 1 })).toBeVisible();
  await expect(page.getByText(/does not exist|unknown/i)).toHaveCount(0);
  await page.goto("/mock?seed=test1234&n=2&m=15&t=40&d=2&auto=0&over=lock&sec=runtime");
  await expect(page.getByRole("button", { name: "Start the mock interview" })).toBeVisible();
  await expect(page.getByText("This mock link could not be used")).toHaveCount(0);
  await page.goto("/questions");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("All questions");
});

// The sitemap and the deck, catalog and search documents are checked in tests/built/served-files.test.ts.

test("an SQL question's page links its Open Graph card, drawn for that question", async ({ page, request }) => {
  await page.goto("/q/sql-lost-update");
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  const response = await request.get(new URL(image ?? "", page.url()).pathname);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect((await response.body()).length).toBeGreaterThan(1000);
});

test("a question practised in the SQL track shows as progress on that track only", async ({ page }) => {
  await page.goto("/practice?q=sql-acid-atomicity");
  await page.getByRole("button", { name: /Reveal the answer/ }).click();
  await page.getByRole("button", { name: /^Good/ }).click();
  await expect(page.locator(".card-kicker")).toHaveText(/Follow-up 1 of/);

  await page.goto("/");
  await expect(page.locator('[data-progress-ids~="sql-acid-atomicity"]')).toHaveText("1 of 8 practised, 0 mastered.");
  await expect(page.locator('[data-progress-ids~="event-loop-phases"]')).toHaveText(
    "Not started yet: pick a section below to begin.",
  );
});

test("a page run through npm run import is built and served, saying what its source lacks", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("heading", { level: 2 }).getByRole("link", { name: "Label Variants" }).click();
  await expect(page).toHaveURL(/\/imported$/);
  await page.getByRole("link", { name: /Storage/ }).click();
  const question = page.locator("#imported-why-might-the-planner-ignore-your");
  await question.locator("summary").first().click();
  await question.getByRole("link", { name: "Open as its own page" }).click();
  await expect(page).toHaveURL(/\/q\/imported-why-might-the-planner-ignore-your$/);
  await expect(page.locator(".imported-note")).toContainText("Imported from another question bank");
  await expect(page.locator("[data-model-answer]")).not.toBeEmpty();
  await expect(page.getByText("No red-flag answer in the source.")).toBeVisible();
  await expect(page.getByText("No follow-up questions in the source.")).toBeVisible();
});

const sqlTitles = [
  "What is the difference between WHERE and HAVING?",
  "How does an inner join differ from a left join?",
  "When does an index make a query faster, and when does it not?",
  "What does atomicity promise in a transaction?",
  "What do the standard isolation levels protect against?",
  "How do two concurrent writers lose an update, and how do you stop it?",
  "Design seat booking for a concert hall that never sells one seat twice",
  "Design the store behind a shop's order history page",
];

test("practice picks the SQL track from its picker and deals only SQL questions", async ({ page }) => {
  await page.goto("/practice");
  const picker = page.getByRole("navigation", { name: "Track" });
  await expect(picker.getByRole("link")).toHaveText([
    "All tracks",
    "Node.js",
    "System design",
    "SQL and databases",
    "Label Variants",
  ]);
  await picker.getByRole("link", { name: "SQL and databases" }).click();
  await expect(page).toHaveURL(/\/practice\?track=sql$/);
  await expect(picker.getByRole("link", { name: "SQL and databases" })).toHaveAttribute("aria-current", "true");
  await expect(page.getByRole("group", { name: /Sections/ }).getByRole("checkbox")).toHaveCount(2);
  await page.getByRole("button", { name: /^Start \d+ questions?/ }).click();
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
  const dealt = page.locator(".practice h2").first();
  await expect(dealt).toBeVisible();
  expect(sqlTitles).toContain((await dealt.textContent())?.trim());
});

test("a mock interview scoped from the SQL track page asks an SQL question", async ({ page }) => {
  await page.goto("/sql");
  await page.getByRole("link", { name: "Sit a mock interview" }).click();
  await expect(page).toHaveURL(/\/mock\?track=sql$/);
  await page.getByRole("button", { name: "Start the mock interview" }).click();
  const asked = page.getByRole("heading", { level: 2 });
  await expect(asked).toBeFocused();
  expect(sqlTitles).toContain((await asked.textContent())?.trim());
});

test("the question list filtered to the SQL track lists its seven questions, and progress follows the track", async ({
  page,
}) => {
  await page.goto("/questions?track=sql");
  await expect(page.getByRole("status").filter({ hasText: /^Showing/ })).toHaveText(/Showing 8 of \d+ questions/);
  await expect(page.getByText(/Ignored unknown filter/)).toHaveCount(0);
  await page.goto("/progress");
  await page.getByRole("navigation", { name: "Track" }).getByRole("link", { name: "SQL and databases" }).click();
  await expect(page).toHaveURL(/\/progress\?track=sql$/);
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
});

test("search from the SQL track keeps to it until all tracks are asked for", async ({ page }) => {
  await page.goto("/sql/querying");
  const box = page.getByRole("combobox", { name: "Search questions" });
  await pressUntil(page, "/", box);
  await box.fill("index");
  const titles = page.locator(".search-result-title");
  await expect(titles.first()).toBeVisible();
  for (const title of await titles.allTextContents()) expect(sqlTitles).toContain(title.trim());
  await page.getByRole("checkbox", { name: "Search all tracks" }).check();
  await expect
    .poll(async () => (await titles.allTextContents()).some((title) => !sqlTitles.includes(title.trim())))
    .toBe(true);
});

test("a plan scoped to the SQL track by its sections plans only SQL questions today", async ({ page }) => {
  await page.clock.install({ time: new Date("2026-05-04T10:00:00Z") });
  await page.goto("/plan");
  await page.getByLabel("Interview date").fill("2026-05-20");
  await expect(page.getByRole("heading", { name: /days? to go$/ })).toBeVisible();
  for (const track of ["Node.js", "System design", "Label Variants"]) {
    const group = page.getByRole("group", { name: track, exact: true });
    for (const box of await group.getByRole("checkbox").all()) await box.uncheck();
    await expect(group.getByRole("checkbox", { checked: true })).toHaveCount(0);
  }
  await expect(
    page.getByRole("group", { name: "SQL and databases" }).getByRole("checkbox", { checked: true }),
  ).toHaveCount(2);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: /^(Start|Continue) today's plan \(\d+ questions?\)$/ }).click();
  // The SQL fixture track's ids start sql-, or round- for the design round's question.
  await expect(page).toHaveURL(/\/practice\?q=(sql|round)-[a-z0-9-]+(,(sql|round)-[a-z0-9-]+)*$/);
  const dealt = page.locator(".practice h2").first();
  await expect(dealt).toBeVisible();
  expect(sqlTitles).toContain((await dealt.textContent())?.trim());
});

test("the track lists, pickers and grouped plan scope pass axe with three tracks, in both themes", async ({ page }) => {
  test.slow(); // five pages, each analysed by axe twice
  // The home page's track list is checked by the themes spec: every spec serves the same three-track build.
  for (const path of ["/sql", "/practice?track=sql", "/mock?track=sql", "/progress?track=sql", "/plan"]) {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolationsInBothThemes(page);
  }
});
