import { expect, test } from "./fixtures";

// Links can carry any bytes after # or ?; a malformed one must never turn into an error page.
for (const [path, heading] of [
  ["/nodejs/runtime#%", /runtime/i],
  ["/q/event-loop-phases#%E0%A4%A", /event loop/i],
] as const) {
  test(`${path} loads with its heading and no error page`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
    // The fragment is read after hydration; wait until the scripts have loaded and run.
    await page.waitForLoadState("networkidle");
    await expect(page.getByText(/This page couldn.t load/)).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
}

test("a very long unknown id in a practice link is echoed shortened", async ({ page }) => {
  await page.goto(`/practice?q=${"a".repeat(3000)}`);
  const alert = page.locator(".practice [role=alert]");
  await expect(alert).toContainText(`There is no question with the id "${"a".repeat(39)}…".`);
  await expect(alert).not.toContainText("a".repeat(40));
});

test("a very long unknown option in a mock link is echoed shortened", async ({ page }) => {
  await page.goto(`/mock?${"k".repeat(3000)}=1`);
  const alert = page.locator(".mock [role=alert]");
  await expect(alert).toContainText(`unknown option "${"k".repeat(39)}…"`);
  await expect(alert).not.toContainText("k".repeat(40));
});
