import "server-only";
import type { DraftQuestion } from "./build-question";
import { clip } from "./describe";
import { sentences } from "./inline";
import type { ImportedFollowUp } from "./types";
import { append } from "./append";

/** The importer's own limits, inside the imported-question schema's (lib/content/schema.ts). */
export const repairLimits = {
  title: 200,
  shortTitle: 120,
  intent: 1000,
  followUpQuestion: 600,
  shortQuestion: 200,
  minText: 3,
} as const;

/** Cuts text into pieces of at most `max` characters, at sentence ends where it can, else at spaces. */
export function pieces(text: string, max: number): string[] {
  const out: string[] = [];
  for (const sentence of sentences(text)) {
    let rest = sentence;
    while (rest.length > max) {
      // Prefer a clause break, then a word break, so each piece reads on its own.
      const clause = rest.lastIndexOf("; ", max - 1);
      const space = rest.lastIndexOf(" ", max);
      const cut = clause > max / 2 ? clause + 1 : space > max / 2 ? space : max;
      out.push(rest.slice(0, cut).replace(/;$/, "").trim());
      rest = rest.slice(cut).trim();
    }
    const last = out.at(-1);
    if (last !== undefined && last.length + 1 + rest.length <= max && !/[.?!]$/.test(last))
      out[out.length - 1] = `${last} ${rest}`;
    else if (rest !== "") out.push(rest);
  }
  return out;
}

function repairTitle(d: DraftQuestion) {
  const full = d.parsed.title;
  if (full.length <= repairLimits.title) return;
  const first = sentences(full)[0] ?? full;
  d.parsed.title = clip(first, repairLimits.shortTitle);
  d.body.unshift({ text: full, line: d.source.line }, { text: "", line: d.source.line });
  d.warnings.push({
    line: d.source.line,
    message: `title is ${full.length} characters; shortened, and its full text is the answer's first paragraph`,
  });
}

function repairIntent(d: DraftQuestion) {
  const kept: string[] = [];
  for (const item of d.parts.intent) {
    if (item.trim().length < repairLimits.minText) {
      d.removed.push({ line: d.source.line, text: `intent "${item}" (too short to keep)` });
    } else if (item.length > repairLimits.intent) {
      const parts = pieces(item, repairLimits.intent);
      d.warnings.push({
        line: d.source.line,
        message: `an intent paragraph is ${item.length} characters; split into ${parts.length} points`,
      });
      append(kept, parts);
    } else kept.push(item);
  }
  d.parts.intent = kept;
}

function repairFollowUp(f: ImportedFollowUp, d: DraftQuestion): ImportedFollowUp | undefined {
  if (f.question.trim().length < repairLimits.minText) {
    const text = [f.question, f.answer].filter(Boolean).join(" ");
    d.removed.push({ line: f.line, text: `follow-up "${text}" (question under ${repairLimits.minText} characters)` });
    return undefined;
  }
  if (f.question.length <= repairLimits.followUpQuestion) return f;
  const [first = f.question, ...others] = sentences(f.question);
  const question = clip(first, repairLimits.shortQuestion);
  const rest = question === first ? others.join(" ") : f.question;
  d.warnings.push({
    line: f.line,
    message: `follow-up question is ${f.question.length} characters; split into a short question and its answer`,
  });
  return { question, answer: [rest, f.answer].filter(Boolean).join(" "), line: f.line };
}

/**
 * Repairs the fields of one accordion that break a limit, so one long or short field never costs
 * the question: each repair is listed as a warning or a removal at its source line.
 */
export function repairDraft(d: DraftQuestion): void {
  repairTitle(d);
  repairIntent(d);
  d.parts.followUps = d.parts.followUps.flatMap((f) => repairFollowUp(f, d) ?? []);
}
