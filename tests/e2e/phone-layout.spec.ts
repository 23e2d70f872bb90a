import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { openAllDetails, rightEdgeOverflow, smallTapTargets } from "./layout-probes";

// Runs in the phone project only (playwright.config.ts): touch, a phone's viewport, both themes.
const track = JSON.parse(readFileSync("content/nodejs/track.json", "utf8")) as { sections: { slug: string }[] };
const oneQuestion = "seed=test1234&n=1&m=5&t=10&d=2&auto=0&over=lock&sec=runtime&diff=intermediate";

/** Each page type in the state that shows the most: accordions open, answers revealed, filters out. */
const pageTypes: [string, (page: Page) => Promise<void>][] = [
  ["home", (page) => page.goto("/").then(() => undefined)],
  ...track.sections.map((s): [string, (page: Page) => Promise<void>] => [
    `section ${s.slug}`,
    (page) => page.goto(`/nodejs/${s.slug}`).then(() => undefined),
  ]),
  ["question", (page) => page.goto("/q/event-loop-phases").then(() => undefined)],
  ["404", (page) => page.goto("/q/no-such-question").then(() => undefined)],
  ["progress", (page) => page.goto("/progress").then(() => undefined)],
  [
    "all questions with the filters open",
    async (page) => {
      await page.goto("/questions?difficulty=advanced");
      await page.getByRole("button", { name: /^Filters/ }).click();
      await expect(page.locator("[data-question]:visible").first()).toBeVisible();
    },
  ],
  [
    "practice with the answer revealed",
    async (page) => {
      await page.goto("/practice?q=event-loop-phases");
      await page.getByRole("button", { name: /Reveal the answer/ }).click();
      await expect(page.getByRole("button", { name: /^Good/ })).toBeVisible();
    },
  ],
  ["practice set-up", (page) => page.goto("/practice").then(() => undefined)],
  [
    "mock in progress",
    async (page) => {
      await page.goto(`/mock?${oneQuestion}`);
      await page.getByRole("button", { name: "Start the mock interview" }).click();
      await page.getByRole("button", { name: /Next follow-up/ }).click();
      await expect(page.getByText("Follow-up 1", { exact: true })).toBeVisible();
    },
  ],
  [
    "mock report",
    async (page) => {
      await page.goto(`/mock?${oneQuestion}`);
      await page.getByRole("button", { name: "Start the mock interview" }).click();
      await page.getByLabel("Your notes").fill("a-very-long-unbroken-note-".repeat(8));
      await page.getByRole("button", { name: /Done, finish/ }).click();
      // The answers fold under the summary; open each so its model answer and notes are measured too.
      for (const fold of await page.locator(".report-answer > summary").all()) await fold.click();
      await expect(page.locator(".report .model-answer, .report [data-model-answer]").first()).toBeVisible();
    },
  ],
];

// One load per page type: the controls are measured at the phone's 390 px, then the same page,
// narrowed to 360 px, must not run past the right edge.
for (const [name, open] of pageTypes) {
  test(`every control is at least 24 by 24 px, and at 360 px nothing runs past the right edge: ${name}`, async ({
    page,
  }) => {
    await open(page);
    await openAllDetails(page);
    expect(await smallTapTargets(page), "controls under 24 by 24 px").toEqual([]);
    await page.setViewportSize({ width: 360, height: 780 });
    expect(await rightEdgeOverflow(page), "past the right edge at 360 px").toEqual([]);
  });
}
