import "server-only";
import { append } from "./append";
import { classifyBody } from "./classify";
import { summaryOf } from "./describe";
import { unescapeMarkdown } from "./normalise-export";
import { parseTitle, type ParsedTitle } from "./title";
import { toMdx } from "./to-mdx";
import type { ClassifiedBody, RawAccordion, Removed, SourceLine, Warning } from "./types";

/** One accordion after classification, before ids and sections are settled. */
export interface DraftQuestion {
  source: RawAccordion;
  parsed: ParsedTitle;
  parts: ClassifiedBody;
  /** Answer lines including any code examples attached to this question. */
  body: SourceLine[];
  /** Code-example accordions appended to this question's answer. */
  attached: RawAccordion[];
  removed: Removed[];
  warnings: Warning[];
}

export function draftQuestion(source: RawAccordion): DraftQuestion {
  const parsed = parseTitle(source.title);
  const title = unescapeMarkdown(parsed.title);
  const parts = classifyBody(source.body, title);
  const removed = [...parts.removed];
  if (parsed.prefix) removed.unshift({ line: source.line, text: parsed.prefix });
  const warnings = [...parts.warnings];
  if (source.untitled) {
    warnings.unshift({
      line: source.line,
      message: "accordion has no title; titled from its first sentence and marked draft",
    });
  }
  return {
    source,
    parsed: { ...parsed, title },
    parts,
    body: [...parts.body],
    attached: [],
    removed,
    warnings,
  };
}

/**
 * Code-example accordions are not questions: each is appended to the question before it in the
 * same section, under a `###` heading with its title. One with no question before it stays a
 * question, with a warning.
 */
export function attachCodeExamples(drafts: DraftQuestion[]): DraftQuestion[] {
  const kept: DraftQuestion[] = [];
  for (const draft of drafts) {
    const host = kept.at(-1);
    if (draft.parts.isCodeExample && host && host.source.section === draft.source.section) {
      host.body.push(
        { text: `### ${draft.parsed.title}`, line: draft.source.line },
        { text: "", line: draft.source.line },
      );
      append(host.body, draft.body);
      host.attached.push(draft.source);
      append(host.removed, draft.removed);
      append(host.warnings, draft.warnings);
      host.warnings.push({
        line: draft.source.line,
        message: `code example "${draft.parsed.title}" appended to this answer`,
      });
      continue;
    }
    if (draft.parts.isCodeExample) {
      draft.warnings.push({
        line: draft.source.line,
        message: "looks like a code example, but no question comes before it in its section; kept as a question",
      });
    }
    kept.push(draft);
  }
  return kept;
}

/** The question's MDX body; an answer-less source gets a note saying so, not an empty page. */
export function bodyOf(draft: DraftQuestion, file: string) {
  const result = toMdx(draft.body, draft.parsed.title, file);
  append(draft.removed, result.removed);
  append(draft.warnings, result.warnings);
  const empty = result.mdx.trim() === "";
  return {
    mdx: empty ? "<Note>The source page has no answer text for this question.</Note>\n" : result.mdx,
    summary: summaryOf(draft.body, draft.parsed.title),
  };
}
