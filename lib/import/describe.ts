import "server-only";
import { difficulties } from "@/lib/content";
import { toPlainText } from "./inline";
import type { SourceLine } from "./types";

type Difficulty = (typeof difficulties)[number];

/** Cuts text to at most `max` characters at a word boundary, marking the cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

/**
 * A one-line summary for lists and link previews: the first sentence of the answer's first
 * paragraph, or, when the source has no answer text, a line naming the question.
 */
export function summaryOf(body: SourceLine[], title: string): string {
  const paragraph: string[] = [];
  let inFence = false;
  for (const { text } of body) {
    if (/^\s*(`{3,}|~{3,})/.test(text)) inFence = !inFence;
    else if (inFence || /^\s*(#|<|\||>)/.test(text)) continue;
    else if (text.trim() === "") {
      if (paragraph.length > 0) break;
    } else paragraph.push(text.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ""));
    if (inFence && paragraph.length > 0) break;
  }
  const plain = toPlainText(paragraph.join(" "));
  const sentence = /^(.{20,}?[.!?])(?:\s|$)/.exec(plain)?.[1] ?? plain;
  const summary = clip(sentence, 200);
  return summary.length >= 20 ? summary : clip(`Imported question: ${title}`, 200);
}

/** A guess from the section's name; the report says it is a guess. */
export function difficultyOf(sectionTitle: string): Difficulty {
  if (/basic|beginner|fundamental|foundation|intro|junior/i.test(sectionTitle)) return "foundation";
  if (/advanced|senior|expert|staff|principal|deep dive/i.test(sectionTitle)) return "advanced";
  return "intermediate";
}

/** Section titles like "1. Runtime & Core" or "Section 2: Streams" without their numbering. */
export const sectionTitleOf = (title: string) =>
  title.replace(/^\s*(?:(?:section|part|chapter)\s*)?\d+\s*[.:)\-–—]\s*/i, "").trim() || title.trim();

/** Pads or clips to a schema's length limits. */
export function fitTitle(text: string, min: number, max: number, pad: string): string {
  const clipped = clip(text, max);
  return clipped.length >= min ? clipped : clip(`${clipped} ${pad}`.trim(), max);
}
