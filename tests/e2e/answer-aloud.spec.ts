import type { Page } from "@playwright/test";
import { chromeArgs, chromePath } from "@/lib/tooling/diagrams/chromium";
import { expect, pressUntil, test } from "./fixtures";

// Chromium's fake microphone (a steady tone) and an automatic yes to the permission prompt, for
// this spec only.
test.use({
  launchOptions: {
    executablePath: chromePath,
    args: [...chromeArgs, "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"],
  },
  permissions: ["microphone"],
});

const id = "event-loop-phases";
const oneQuestion = "seed=test1234&n=1&m=5&t=10&d=2&auto=0&over=lock&sec=runtime&diff=intermediate";
const recorder = (page: Page) => page.getByRole("group", { name: "Answer aloud" });

/** Records about three seconds, through the first-use explanation. */
async function recordThreeSeconds(page: Page) {
  await recorder(page)
    .getByRole("button", { name: /Answer aloud/ })
    .click();
  await expect(page.getByText(/records your microphone only while the timer runs/)).toBeVisible();
  await recorder(page)
    .getByRole("button", { name: /Start recording/ })
    .click();
  await expect(page.getByTestId("record-timer")).toHaveText("0:03", { timeout: 10_000 });
  await recorder(page)
    .getByRole("button", { name: /Stop recording/ })
    .click();
}

test("practice: record 3 s, see it saved, play it beside the model answer, reload, delete", async ({ page }) => {
  await page.goto(`/practice?q=${id}`);
  await recordThreeSeconds(page);
  await expect(recorder(page).getByRole("status")).toContainText("Take saved (0:03).");
  // Headless Chromium never grants persistent storage, and the page says what that means.
  await expect(recorder(page).getByRole("status")).toContainText(
    "Your browser has not promised to keep recordings: it may remove them if the device runs short of space.",
  );
  await page.getByRole("button", { name: /Reveal the answer/ }).click();
  const takes = page.getByRole("region", { name: "Your spoken answer" });
  await expect(takes.getByTestId("take-length")).toHaveText("0:03");
  await expect(page.locator(".model-answer")).toContainText("fixed cycle");
  const played = await takes.locator("audio").evaluate(async (audio: HTMLAudioElement) => {
    audio.muted = true;
    await audio.play();
    await new Promise((resolve) => setTimeout(resolve, 500));
    return audio.currentTime;
  });
  expect(played).toBeGreaterThan(0);

  await page.reload();
  await expect(takes.getByTestId("take-length")).toHaveText("0:03");
  await takes.getByRole("button", { name: "Delete" }).click();
  await expect(takes).toBeHidden();
  await page.reload();
  await expect(page.locator(".model-answer")).toContainText("fixed cycle");
  await expect(takes).toBeHidden();
});

test("the timer runs against the difficulty's target and the level meter moves", async ({ page }) => {
  await page.goto(`/practice?q=${id}`);
  await recorder(page)
    .getByRole("button", { name: /Answer aloud/ })
    .click();
  await expect(recorder(page).getByLabel(/Aim for 2:00 \(stops at 4:00\)/)).toBeChecked();
  await recorder(page)
    .getByRole("button", { name: /Start recording/ })
    .click();
  await expect(recorder(page).getByText(/of 2:00 target/)).toBeVisible();
  await expect
    .poll(() => page.getByRole("meter", { name: "Microphone level" }).evaluate((m: HTMLMeterElement) => m.value))
    .toBeGreaterThan(0);
  await recorder(page)
    .getByRole("button", { name: /Stop recording/ })
    .click();
  await expect(recorder(page).getByRole("status")).toContainText("Take saved");
});

test("R starts and stops recording, but not while typing the outline", async ({ page }) => {
  await page.goto(`/practice?q=${id}`);
  await page.getByLabel(/Outline your answer/).fill("read r r r");
  await expect(page.getByText(/records your microphone/)).toBeHidden();
  await page.getByRole("heading", { level: 2 }).focus();
  await pressUntil(page, "r", page.getByText(/records your microphone only while the timer runs/));
  await page.keyboard.press("r");
  await expect(page.getByTestId("record-timer")).toBeVisible();
  await page.keyboard.press("r");
  await expect(recorder(page).getByRole("status")).toContainText("Take saved");
  await pressUntil(page, "?", page.getByRole("dialog", { name: "Keyboard shortcuts" }));
  await expect(page.getByRole("dialog")).toContainText("Start or stop recording your answer aloud");
});

test("a refused microphone says so and practice goes on", async ({ page }) => {
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException("no", "NotAllowedError"));
  });
  await page.goto(`/practice?q=${id}`);
  await recorder(page)
    .getByRole("button", { name: /Answer aloud/ })
    .click();
  await recorder(page)
    .getByRole("button", { name: /Start recording/ })
    .click();
  await expect(recorder(page).getByRole("alert")).toHaveText(/not allowed to use the microphone.*practice goes on/);
  await page.getByRole("button", { name: /Reveal the answer/ }).click();
  await expect(page.locator(".model-answer")).toContainText("fixed cycle");
});

test("a browser without MediaRecorder says recording is unavailable and practice goes on", async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { MediaRecorder?: unknown }).MediaRecorder;
  });
  await page.goto(`/practice?q=${id}`);
  await recorder(page)
    .getByRole("button", { name: /Answer aloud/ })
    .click();
  await recorder(page)
    .getByRole("button", { name: /Start recording/ })
    .click();
  await expect(recorder(page).getByRole("alert")).toHaveText(/cannot record audio \(it has no MediaRecorder\)/);
  await page.getByRole("button", { name: /Reveal the answer/ }).click();
  await expect(page.locator(".model-answer")).toContainText("fixed cycle");
});

test("ticks on the checklist suggest a grade", async ({ page }) => {
  await page.goto(`/practice?q=${id}`);
  await page.getByRole("button", { name: /Reveal the answer/ }).click();
  const boxes = page.locator(".checklist").getByRole("checkbox");
  const total = await boxes.count();
  for (let i = 0; i < total; i++) await boxes.nth(i).check();
  await page.getByRole("radio", { name: "No" }).check();
  await expect(page.locator(".grade-suggestion")).toHaveText(
    `Your ticks suggest Good (${total} of ${total} points covered, no red flag).`,
  );
});

test("mock: record as the clock runs; the report plays the take with its speaking time", async ({ page }) => {
  await page.goto(`/mock?${oneQuestion}`);
  await page.getByRole("button", { name: "Start the mock interview" }).click();
  await recordThreeSeconds(page);
  await expect(recorder(page).getByRole("status")).toContainText("Take saved (0:03).");
  await page.getByRole("button", { name: /Done, finish/ }).click();
  await expect(page.getByRole("heading", { name: "Interview report" })).toBeVisible();
  await expect(page.getByTestId("speaking-time")).toHaveText(" · spoke 0:03");
  await page.getByText("Rubric, your notes and the model answer").click();
  const answer = page.locator(".report-answer .side-by-side");
  await expect(answer.getByRole("list", { name: "Your spoken answer" }).getByTestId("take-length")).toHaveText("0:03");
  await expect(answer.locator(".model-answer")).not.toBeEmpty();
  await page.reload();
  await expect(page.getByTestId("speaking-time")).toHaveText(" · spoke 0:03");
  // The stored report, opened from the history, keeps the take too.
  await page.getByRole("button", { name: "New mock interview" }).click();
  await page.locator("#history-title + ul a").first().click();
  await expect(page.getByRole("region", { name: "Your spoken answers" }).getByTestId("take-length")).toHaveText("0:03");
});

test("the progress page shows the space recordings use and deletes them all", async ({ page }) => {
  await page.goto(`/practice?q=${id}`);
  await recordThreeSeconds(page);
  await expect(recorder(page).getByRole("status")).toContainText("Take saved");
  await page.goto("/progress");
  const panel = page.getByRole("region", { name: "Recorded answers" });
  await expect(panel).toContainText(/1 recording uses \d+(\.\d)? KB\./);
  await panel.getByRole("button", { name: "Delete all recordings…" }).click();
  await panel.getByRole("button", { name: "Delete all recordings" }).click();
  await expect(panel).toContainText("Deleted 1 recording.");
  await expect(panel).toContainText("No recordings are stored.");
});

test("only practice and mock may use the microphone and play blob: media", async ({ request }) => {
  const headers = async (path: string) => (await request.get(path)).headers();
  for (const path of ["/practice", "/mock"]) {
    const h = await headers(path);
    expect(h["permissions-policy"]).toContain("microphone=(self)");
    expect(h["content-security-policy"]).toContain("media-src 'self' blob:");
  }
  for (const path of ["/", "/progress", "/q/event-loop-phases"]) {
    const h = await headers(path);
    expect(h["permissions-policy"]).toContain("microphone=()");
    expect(h["content-security-policy"]).not.toContain("media-src");
  }
});

test("the interviewer reads the question aloud in a local voice only when switched on", async ({ page }) => {
  await page.addInitScript(() => {
    const spoken: string[] = [];
    (window as unknown as { spoken: string[] }).spoken = spoken;
    const voice = (name: string, localService: boolean) =>
      ({ name, lang: "en-GB", voiceURI: `urn:${name}`, localService, default: localService }) as SpeechSynthesisVoice;
    const voices = [voice("Device voice", true), voice("Online voice", false)];
    speechSynthesis.getVoices = () => voices;
    // The page's utterance must accept these stand-in voices, so it is a stand-in too.
    window.SpeechSynthesisUtterance = class {
      voice: SpeechSynthesisVoice | null = null;
      rate = 1;
      lang = "";
      constructor(readonly text: string) {}
    } as unknown as typeof SpeechSynthesisUtterance;
    speechSynthesis.speak = (u: SpeechSynthesisUtterance) => void spoken.push(`${u.voice?.name}@${u.rate}: ${u.text}`);
  });
  await page.goto(`/mock?${oneQuestion}`);
  await page.getByRole("button", { name: "Start the mock interview" }).click();
  await page.getByText("Interviewer voice: off").click();
  await expect(page.getByRole("combobox", { name: "Voice" }).getByRole("option")).toHaveText(["Device voice (en-GB)"]);
  expect(await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)).toEqual([]);
  await page.getByRole("checkbox", { name: "Read each question and follow-up aloud" }).check();
  const title = await page.getByRole("heading", { level: 2 }).textContent();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken))
    .toEqual([`Device voice@1: ${title}`]);
});

test("without local voices the interviewer control says why it is unavailable", async ({ page }) => {
  await page.addInitScript(() => {
    speechSynthesis.getVoices = () => [];
  });
  await page.goto(`/mock?${oneQuestion}`);
  await page.getByRole("button", { name: "Start the mock interview" }).click();
  await page.getByText("Interviewer voice: off").click();
  await expect(page.locator(".interviewer-voice")).toContainText("No voice is installed on this device");
});
