import { expect, test } from "./fixtures";

const sectionTitle = "Runtime and core architecture";
const questionId = "event-loop-phases";

test("home → section → open a question → highlighted code and diagram → copy link → the link opens that question", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/");
  await page.getByRole("link", { name: new RegExp(sectionTitle) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(sectionTitle);

  const accordion = page.locator(`details#${questionId}`);
  await accordion.locator(":scope > summary").click();
  await expect(accordion).toHaveAttribute("open", "");

  const token = accordion.locator("figure.code-block pre.shiki span.k").first();
  await expect(token).toBeVisible();
  const diagram = accordion.locator("img.diagram-light").first();
  await expect(diagram).toBeVisible();
  // Diagrams load lazily once the accordion opens; wait for the image to arrive.
  await expect.poll(() => diagram.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

  await accordion.getByRole("button", { name: /Copy link|Share/ }).click();
  await expect(accordion.getByRole("status")).toHaveText("Link copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).pathname).toBe(`/q/${questionId}`);

  const shared = await context.newPage();
  await shared.goto(copied);
  await expect(shared.getByRole("heading", { level: 1 })).toHaveText(/phases of the Node.js event loop/);
  await expect(shared.locator("link[rel=canonical]")).toHaveAttribute("href", new RegExp(`/q/${questionId}$`));
});

test("a section URL with #id opens that accordion and scrolls to it", async ({ page }) => {
  await page.goto(`/nodejs/runtime#${questionId}`);
  const accordion = page.locator(`details#${questionId}`);
  await expect(accordion).toHaveAttribute("open", "");
  await expect(accordion.locator(":scope > summary")).toBeInViewport();
});

test("an unknown question URL gets the 404 page with a 404 status", async ({ page }) => {
  const response = await page.goto("/q/no-such-question");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("That page does not exist");
});

test("previous and next links walk through the sections", async ({ page }) => {
  await page.goto("/nodejs/runtime");
  await page.getByRole("link", { name: /Streams, buffers and I\/O →/ }).click();
  await expect(page).toHaveURL(/\/nodejs\/streams-io$/);
  await page.getByRole("link", { name: /← Runtime and core architecture/ }).click();
  await expect(page).toHaveURL(/\/nodejs\/runtime$/);
});
