import { expect, test } from "vitest";
import { bodyOf, importFixturePage, questionFile } from "./import-helpers";
import matter from "gray-matter";
import { parseFollowUp } from "@/lib/import/follow-ups";

const result = importFixturePage("repairs/page.mdx");
const frontmatterOf = (text: string) => matter(text, {}).data;

test("every accordion of the page imports, each broken limit repaired", () => {
  expect(result.questions.map((q) => q.line)).toEqual([10, 18, 31, 35]);
});

test("an over-long title gets a short title and its full text opens the answer", () => {
  const q = result.questions[0]!;
  const text = result.files.get(q.file)!;
  expect(q.title).toBe(
    "Suppose a payment service writes each order to its own database and then publishes an event for the warehouse, and the…",
  );
  expect(bodyOf(text)).toMatch(/^\nSuppose a payment service .* once the broker is back\?\n\nWrite the order/);
  expect(q.warnings).toContainEqual({
    line: 10,
    message: "title is 345 characters; shortened, and its full text is the answer's first paragraph",
  });
});

test("an over-long intent point is split at clause breaks and reported", () => {
  const { report, text } = questionFile(result, "Why must consumers of an outbox be idempotent?");
  const intent = frontmatterOf(text).interviewerIntent as string[];
  expect(intent).toHaveLength(2);
  expect(intent.every((item) => item.length <= 1000)).toBe(true);
  expect(intent[1]).toMatch(/^and whether you stay calm/);
  expect(report.warnings).toContainEqual({
    line: 18,
    message: "an intent paragraph is 1012 characters; split into 2 points",
  });
});

test("an over-long follow-up becomes a short question with the full text as its answer", () => {
  const { report, text } = questionFile(result, "Why must consumers of an outbox be idempotent?");
  const [long] = frontmatterOf(text).followUps as { question: string; answer: string }[];
  expect(long!.question.length).toBeLessThanOrEqual(200);
  expect(long!.question).toMatch(/^Walk through an outbox table .*…$/);
  expect(long!.answer).toMatch(/^Walk through an outbox table .* the index it scans$/);
  expect(report.warnings).toContainEqual({
    line: 26,
    message: "follow-up question is 649 characters; split into a short question and its answer",
  });
});

test("a follow-up under three characters is dropped and listed", () => {
  const { report, text } = questionFile(result, "Why must consumers of an outbox be idempotent?");
  expect((frontmatterOf(text).followUps as { question: string }[]).map((f) => f.question)).not.toContain("Ok");
  expect(report.removed).toContainEqual({ line: 27, text: 'follow-up "Ok" (question under 3 characters)' });
});

test("an emphasised, quoted follow-up loses its marks and its parenthetical becomes the answer", () => {
  const { text } = questionFile(result, "Why must consumers of an outbox be idempotent?");
  expect((frontmatterOf(text).followUps as unknown[])[1]).toEqual({
    question: "What key would you deduplicate on?",
    answer: "Tests whether the key survives a restart of the consumer.",
  });
});

test("an untitled accordion is titled from its first sentence and imported as a draft", () => {
  const { report, text } = questionFile(result, "Dead letter queues hold messages that failed too often.");
  expect(frontmatterOf(text).status).toBe("draft");
  expect(report.warnings).toContainEqual({
    line: 31,
    message: "accordion has no title; titled from its first sentence and marked draft",
  });
});

test("follow-up questions lose emphasis and quote marks however they are wrapped", () => {
  const asked = (text: string) => parseFollowUp({ text, nested: [], line: 1 });
  expect(asked('*"How does MVCC actually work in PostgreSQL?')).toEqual({
    question: "How does MVCC actually work in PostgreSQL?",
    line: 1,
  });
  expect(asked('**"Why keep the outbox small?"** (Tests housekeeping.)')).toEqual({
    question: "Why keep the outbox small?",
    answer: "Tests housekeeping.",
    line: 1,
  });
  expect(asked("_“What is a write-ahead log?”_ — the record written before the change")).toEqual({
    question: "What is a write-ahead log?",
    answer: "the record written before the change",
    line: 1,
  });
});
