import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";

// The SQL fixture track holds two design questions; this seed draws the seat booking one.
const roundLink = "/mock?seed=seat1234&round=design&track=sql";
const title = "Design seat booking for a concert hall that never sells one seat twice";
const started = "2026-05-04T10:00:00.000Z";
const minutes = (n: number) => n * 60_000;
const phaseClock = (page: Page) => page.getByTestId("phase-clock");
const actual = (page: Page, phase: string) => page.getByTestId(`phase-actual-${phase}`);

async function expectPhase(page: Page, label: string, left: string) {
  await expect(page.locator(".clocks .clock").first()).toContainText(label);
  await expect(phaseClock(page)).toHaveText(left);
  await expect(page.locator(".phase-steps [aria-current=step]")).toContainText(label);
}

/** The phase times the journey below spends, checked in the live report and the stored one. */
async function expectPhaseTimes(page: Page) {
  await expect(page.getByRole("heading", { name: "Time per phase" })).toBeVisible();
  await expect(actual(page, "requirements")).toHaveText("6:00 (1:00 over)");
  await expect(actual(page, "estimates")).toHaveText("4:00");
  await expect(actual(page, "high-level")).toHaveText("10:00");
  await expect(actual(page, "deep-dive")).toHaveText("20:00");
  await expect(actual(page, "wrap-up")).toHaveText("3:00");
  const requirements = page.locator(".phase-table tr[data-phase=requirements]");
  await expect(requirements.getByRole("link")).toHaveText(["Requirements and scope", "Clarifying questions"]);
  await expect(requirements.getByRole("link", { name: "Requirements and scope" })).toHaveAttribute(
    "href",
    "/q/round-seat-booking#round-seat-booking--requirements-and-scope",
  );
  await expect(page.locator(".phase-table tr[data-phase=deep-dive] .phase-outline")).toHaveText(
    "Trade-offs · follow-ups: 2 of 4 asked",
  );
}

const sizes = [
  { name: "phone", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  { name: "desktop", viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false },
];

for (const { name, ...size } of sizes) {
  test.describe(`at ${size.viewport.width} px (${name})`, () => {
    test.use(size);

    // Time stands still unless a test moves it, so every figure below is exact.
    test.beforeEach(async ({ page }) => {
      await page.clock.install({ time: new Date("2026-05-04T09:59:00Z") });
      await page.clock.pauseAt(new Date(started));
    });

    test("a design round runs through its five phases and the report shows planned against actual time", async ({
      page,
    }) => {
      await page.goto(roundLink);
      await expect(page.getByRole("button", { name: /^System design round/ })).toHaveAttribute("aria-pressed", "true");
      await page.getByRole("button", { name: "Start the design round" }).click();
      await expect(page.getByRole("heading", { level: 2, name: title })).toBeFocused();
      await expectPhase(page, "Requirements", "5:00");
      await expect(page.getByRole("button", { name: /Next follow-up/ })).toHaveCount(0);

      // Over its plan, the phase says so in words and colour; the round carries on, nothing opens.
      await page.clock.fastForward(minutes(6));
      await expect(phaseClock(page)).toHaveText("+1:00");
      await expect(page.getByTestId("phase-over")).toHaveText(
        "Requirements has run 1:00 past its 5 minutes. Move on when you reach a natural break.",
      );
      await expect(page.locator("dialog[open], [role=alertdialog]")).toHaveCount(0);
      await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
      await expect(page.locator("[aria-live=polite]")).toHaveText("Requirements has run past its plan.");

      await page.getByRole("button", { name: "Next phase: Estimates" }).click();
      await expectPhase(page, "Estimates", "5:00");
      await expect(page.getByTestId("phase-over")).toHaveCount(0);
      await page.clock.fastForward(minutes(4));
      await page.keyboard.press("n");
      await expectPhase(page, "High-level design", "10:00");
      await page.clock.fastForward(minutes(10));
      await page.getByRole("button", { name: "Next phase: Deep dive" }).click();

      // The deep dive opens with the first rung of the ladder; the next comes on request.
      await expectPhase(page, "Deep dive", "20:00");
      await expect(page.getByTestId("overall-clock")).toHaveText("25:00");
      await expect(page.getByText("Follow-up 1", { exact: true })).toBeVisible();
      await expect(page.getByText(/same front-row seat in the first second/)).toBeVisible();
      await expect(page.getByText("Follow-up 2", { exact: true })).toHaveCount(0);
      await page.clock.fastForward(minutes(5));
      await page.getByRole("button", { name: /Next follow-up/ }).click();
      await expect(page.getByText("Follow-up 2", { exact: true })).toBeVisible();
      await page.clock.fastForward(minutes(15));
      await page.getByRole("button", { name: "Next phase: Wrap-up" }).click();
      await expectPhase(page, "Wrap-up", "5:00");
      await expect(page.getByRole("button", { name: /Next follow-up/ })).toHaveCount(0);
      await page.clock.fastForward(minutes(3));
      await page.getByRole("button", { name: "Finish the round" }).click();

      await expect(page.getByRole("heading", { name: "Interview report" })).toBeVisible();
      await expectPhaseTimes(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.viewport.width);
      await expect(page.locator(".report [role=status]")).toContainText("Saved to your mock history");

      // The report keeps its own address, and reads the same from the stored history.
      await page.goto(`/mock?report=${encodeURIComponent(started)}`);
      await expect(page.getByRole("heading", { level: 2, name: /^Interview report, / })).toBeVisible();
      await expectPhaseTimes(page);
    });
  });
}

test("on a track without design questions the preset is disabled, says why and points to one that has them", async ({
  page,
}) => {
  await page.goto("/mock?track=nodejs");
  const preset = page.getByRole("button", { name: /^System design round/ });
  await expect(preset).toBeDisabled();
  await expect(preset).toHaveAccessibleDescription(/^Node\.js has no design questions\./);
  await page.getByRole("link", { name: "Run a design round from SQL and databases" }).click();
  await expect(page.getByRole("button", { name: /^System design round/ })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("button", { name: "Start the design round" })).toBeEnabled();
});

test("the design round's set-up lists its phases and passes axe", async ({ page }) => {
  await page.goto(roundLink);
  await expect(page.getByRole("region", { name: "The design round" }).getByRole("listitem")).toHaveText([
    "Requirements: 5 minutes",
    "Estimates: 5 minutes",
    "High-level design: 10 minutes",
    "Deep dive: 20 minutes",
    "Wrap-up: 5 minutes",
  ]);
  await expectNoAxeViolations(page);
});

test("with reduced motion the phase steps change without transitions", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto(roundLink);
  await page.getByRole("button", { name: "Start the design round" }).click();
  const step = page.locator(".phase-steps li").first();
  await expect(step).toBeVisible();
  expect(await step.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe("0s");
});

test("the running round and its report pass axe", async ({ page }) => {
  await page.goto(roundLink);
  await page.getByRole("button", { name: "Start the design round" }).click();
  await expect(page.getByTestId("phase-clock")).toBeVisible();
  await expectNoAxeViolations(page);
  for (let i = 0; i < 4; i++) await page.getByRole("button", { name: /^Next phase/ }).click();
  await page.getByRole("button", { name: "Finish the round" }).click();
  await expect(page.getByRole("heading", { name: "Time per phase" })).toBeVisible();
  await expectNoAxeViolations(page);
});
