import "server-only";
import { toPlainText, type ListItem } from "./inline";
import type { ImportedFollowUp } from "./types";

const qa = /^\**\s*Q\d*\s*[:.)]\s*\**\s*(.+?)\s*\**\s*\bA\d*\s*[:.)]\s*\**\s*(.+)$/i;
const qOnly = /^\**\s*Q\d*\s*[:.)]\s*\**\s*/i;
const aOnly = /^[-*+]?\s*\**\s*A\d*\s*[:.)]\s*\**\s*/i;
const boldQuestion = /^\*\*(.+?)\*\*\s*(?:[:\-–—]+|→|->)?\s*(.*)$/;
const quoted = /^["“](.+?)["”]\s*(?:[:\-–—]+|→|->)?\s*(.*)$/;
const questionMark = /^(.+?\?)\s*(?:[:\-–—]+|→|->)?\s*(.+)$/;

/** Does this text start an answer (`A:`) rather than a question? */
export const stripAnswerPrefix = (text: string) => text.replace(aOnly, "");

export const isAnswerLine = (text: string) => aOnly.test(text) && !qOnly.test(text);

function split(text: string): { question: string; answer?: string } {
  const both = qa.exec(text);
  if (both) return { question: both[1]!, answer: both[2]! };
  const t = text.replace(qOnly, "");
  const bold = boldQuestion.exec(t);
  if (bold && bold[2]!.trim() !== "") return { question: bold[1]!, answer: bold[2]! };
  const quote = quoted.exec(t);
  if (quote) return { question: quote[1]!, answer: quote[2]!.trim() || undefined };
  const mark = questionMark.exec(t);
  // "Why X? And what about Y?" is two questions, not a question and its answer.
  if (mark && !/\?\s*["”]?$/.test(mark[2]!)) return { question: mark[1]!, answer: mark[2]! };
  return { question: t };
}

/**
 * One follow-up from a list item or a paragraph. Written many ways: `"Question?"`, `**Question?**
 * answer`, `Q: … A: …`, `Question? — answer`, or with the answer nested below the item.
 */
export function parseFollowUp(item: ListItem): ImportedFollowUp {
  const { question, answer } = split(item.text);
  const nested = item.nested.map((line) => line.replace(/^(?:[-*+]|\d+[.)])\s+/, "").replace(aOnly, "")).join(" ");
  const full = [answer, nested].filter((part) => part && part.trim() !== "").join(" ");
  const plainAnswer = toPlainText(full);
  return {
    question: toPlainText(question).replace(/^["“](.*)["”]$/, "$1"),
    ...(plainAnswer !== "" ? { answer: plainAnswer } : {}),
    line: item.line,
  };
}

/** Splits a paragraph holding several `Q1: … A1: …` pairs into one item per pair. */
export function splitQaParagraph(text: string, line: number): ListItem[] {
  return text
    .split(/(?<![*\w])(?=\**\s*Q\d+\s*[:.)])/i)
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => ({ text: part, nested: [], line }));
}
