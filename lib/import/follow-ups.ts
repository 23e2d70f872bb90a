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

/** `*"Question?"* (a note)` as authors emphasise it: the question without its marks, the note as answer. */
const wrapped = /^[*_]{1,3}["“]?([^"”*_]*?\?)["”]?[*_]{0,3}\s*(.*)$|^["“]([^"”*_]*?\?)["”][*_]{0,3}\s*(.*)$/;

/** An answer written as a parenthetical after the question loses its brackets. */
const unbracket = (answer: string) => /^\((.+)\)\.?$/.exec(answer.trim())?.[1] ?? answer;

function split(text: string): { question: string; answer?: string } {
  const parts = splitRaw(text);
  return parts.answer === undefined ? parts : { question: parts.question, answer: unbracket(parts.answer) };
}

function splitRaw(text: string): { question: string; answer?: string } {
  const unwrapped = wrapped.exec(text.replace(qOnly, ""));
  if (unwrapped) {
    const rest = (unwrapped[2] ?? unwrapped[4] ?? "").replace(/^(?:[:\-–—]+|→|->)\s*/, "").trim();
    return { question: unwrapped[1] ?? unwrapped[3]!, ...(rest !== "" ? { answer: rest } : {}) };
  }
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
