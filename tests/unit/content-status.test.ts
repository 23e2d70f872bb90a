import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { findTrackDirs } from "@/lib/content/find-tracks";
import { loadTrack } from "@/lib/content/load";
import { parseQuestionFile } from "@/lib/content/parse";
import { runImport } from "@/lib/import/run-import";
import { buildCardDetails } from "@/lib/deck/build";
import { recallPromptText } from "@/lib/deck/deck";
import { importFixture } from "./import-helpers";

const file = (lines: string[]) => `---\n${lines.join("\n")}\n---\n\nBody text.\n`;
const core = [
  "id: some-question",
  "title: A question about something",
  "section: basics",
  "order: 1",
  "difficulty: foundation",
  "tags: [basics]",
  "summary: A summary that is long enough to pass.",
];
const problems = (raw: string) => {
  const result = parseQuestionFile(raw, "q.mdx");
  return result.ok ? [] : result.errors.map((e) => `${e.line}: ${e.field}: ${e.message}`);
};

test("an original question (no status) still needs a red flag, intent and follow-ups", () => {
  expect(problems(file(core))).toEqual([
    "1: interviewerIntent: required field is missing",
    "1: redFlag: required field is missing",
    "1: followUps: required field is missing",
  ]);
});

test("an original follow-up still needs its answer", () => {
  const lines = [
    ...core,
    "interviewerIntent: [Knows the first thing well, Knows the second thing well]",
    'redFlag: "Saying something that is wrong in a specific, checkable way."',
  ];
  const followUps = [
    "followUps:",
    "  - question: First follow-up question?",
    "  - question: Second follow-up question?",
    "  - question: Third follow-up question?",
  ];
  expect(problems(file([...lines, ...followUps]))).toEqual([
    "12: followUps.0.answer: required field is missing",
    "13: followUps.1.answer: required field is missing",
    "14: followUps.2.answer: required field is missing",
  ]);
});

test("an imported question may lack red flag, intent and follow-up answers", () => {
  const result = parseQuestionFile(
    file([...core, "status: imported", "followUps:", "  - question: What would you ask next?"]),
    "q.mdx",
  );
  expect(result.ok && result.value.frontmatter).toMatchObject({
    status: "imported",
    interviewerIntent: [],
    followUps: [{ question: "What would you ask next?" }],
  });
  expect(result.ok && result.value.frontmatter).not.toHaveProperty("redFlag");
});

test("a status other than imported or draft is refused", () => {
  expect(problems(file([...core, "status: finished"]))).toEqual([
    '9: status: Invalid option: expected one of "imported"|"draft"',
  ]);
});

test("an imported question still needs the fields every question has", () => {
  expect(problems(file([...core.filter((l) => !l.startsWith("summary")), "status: draft"]))).toEqual([
    "1: summary: required field is missing",
  ]);
});

test("a follow-up without a model answer reaches practice as a recall prompt", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "content-status-"));
  try {
    await runImport(importFixture("follow-up-variants/page.mdx"), "demo", path.join(dir, "demo"));
    const [trackDir] = await findTrackDirs(dir);
    const track = await loadTrack(trackDir!);
    const details = buildCardDetails(track.questions.at(-1)!);
    expect(details.followUps.at(-1)).toEqual({
      question: "Would you ever delete dead letters without reading them?",
      answer: recallPromptText,
      recall: true,
    });
    expect(details.followUps[0]).toEqual({
      question: "Who should look at the dead-letter queue?",
      answer: "The team that owns the consumer, with an alert when it is not empty.",
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
