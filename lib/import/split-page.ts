import "server-only";
import { dedent } from "./dedent";
import { clip } from "./describe";
import { eachLineWithFences, fenceOpening } from "./fences";
import { sentences, toPlainText } from "./inline";
import { looksLikeMarkdownExport, normaliseExport, unescapeMarkdown } from "./normalise-export";
import { readPageHead } from "./page-frontmatter";
import { splitMarkdownPage } from "./split-markdown";
import { noteSkipped } from "./skipped";
import type { RawSection, SourceLine, SplitPage } from "./types";
import { decodeEntities } from "./words";

const accordionOpen = /^\s*<Accordion(?=[\s>])/;
const accordionClose = /<\/Accordion>\s*$/;
const groupTag = /^\s*<\/?AccordionGroup\s*>\s*$/;
const titleAttribute = /\btitle\s*=\s*(?:"([^"]*)"|'([^']*)'|“(.*)”|\{\s*(["'`])(.*?)\4\s*\})/;

/**
 * A double-quoted title with `"` inside (`title="What does "use strict" do?"`): the value ends at
 * the quote that is followed by the tag's end or by the next attribute, so no words are lost.
 */
function innerQuotedTitle(tag: string): string | undefined {
  const start = /\btitle\s*=\s*"/.exec(tag);
  if (!start) return undefined;
  const from = start.index + start[0].length;
  for (let at = tag.indexOf('"', from); at !== -1; at = tag.indexOf('"', at + 1)) {
    if (/^\s*(?:\/?\s*$|[A-Za-z_:][\w.:-]*\s*=)/.test(tag.slice(at + 1, at + 200))) return tag.slice(from, at);
  }
  return undefined;
}

/** Reads the title attribute of an opening tag, whatever quotes it uses. */
export function accordionTitle(tag: string): string | undefined {
  const m = titleAttribute.exec(tag);
  const raw = (m?.[1] !== undefined ? innerQuotedTitle(tag) : undefined) ?? m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[5];
  return raw === undefined ? undefined : unescapeMarkdown(decodeEntities(raw)).trim();
}

/** A title for an untitled accordion: the first sentence of its first line of prose. */
function titleFromBody(body: SourceLine[], line: number): string {
  const first = body.find((l) => l.text.trim() !== "" && !fenceOpening(l.text));
  const plain = first ? toPlainText(first.text).replace(/^(?:answer|a)\s*:\s*/i, "") : "";
  const sentence = sentences(plain)[0] ?? plain;
  return sentence.length >= 3 ? clip(sentence, 120) : `Untitled question at line ${line}`;
}

/** Removes `**` wrapping and `\` escapes from a heading's text. */
export const headingText = (text: string) => unescapeMarkdown(text.replace(/\*\*|__/g, "")).trim();

export function splitPage(text: string, file: string): SplitPage {
  const all: SourceLine[] = text.split("\n").map((t, i) => ({ text: t, line: i + 1 }));
  const head = readPageHead(all);
  const hasAccordion = (() => {
    let found = false;
    eachLineWithFences(
      head.rest,
      (line, inFence) => (found ||= !inFence && /^\s*<\/?Accordion(?=[\s>])/.test(line.text)),
    );
    return found;
  })();
  if (!hasAccordion) return splitMarkdownPage(head, file);

  const exported = looksLikeMarkdownExport(head.rest);
  const { lines, removed } = exported ? normaliseExport(head.rest) : { lines: head.rest, removed: [] };
  const page: SplitPage = {
    format: exported ? "markdown-export" : "accordion-mdx",
    title: head.title,
    description: head.description,
    accordions: [],
    skipped: [],
    removed,
    warnings: [],
  };
  let section: RawSection = { title: "General", line: lines[0]?.line ?? 1 };
  let open: { tag: string; line: number; body: SourceLine[]; tagDone: boolean } | undefined;
  const skip = (line: SourceLine) => noteSkipped(page.skipped, line);
  const close = (endLine: number) => {
    const body = dedent(open!.body);
    const title = accordionTitle(open!.tag);
    const untitled = title === undefined ? { untitled: true } : {};
    page.accordions.push({
      title: title ?? titleFromBody(body, open!.line),
      line: open!.line,
      endLine,
      section,
      body,
      ...untitled,
    });
    open = undefined;
  };
  // An accordion never closed costs only itself: it ends on the line before whatever ends it.
  const closeUnclosed = (next: SourceLine | undefined) => {
    const where = next ? `closed before line ${next.line}` : "closed at the end of the page";
    page.warnings.push({ line: open!.line, message: `<Accordion> at line ${open!.line} is never closed; ${where}` });
    const lastWritten = open!.body.findLast((l) => l.text.trim() !== "")?.line ?? open!.line;
    close(next ? next.line - 1 : lastWritten);
  };

  eachLineWithFences(lines, (line, inFence) => {
    const t = line.text;
    if (open && !inFence && (accordionOpen.test(t) || groupTag.test(t))) closeUnclosed(line);
    if (open && !open.tagDone) {
      // An opening tag whose attributes span several lines.
      const end = t.indexOf(">");
      open.tag += ` ${end === -1 ? t : t.slice(0, end)}`;
      if (end !== -1) open.tagDone = true;
      return;
    }
    if (open) {
      if (!inFence && accordionClose.test(t)) {
        const before = t.replace(accordionClose, "");
        if (before.trim() !== "") open.body.push({ text: before, line: line.line });
        close(line.line);
      } else open.body.push(line);
      return;
    }
    if (inFence) return skip(line);
    if (accordionOpen.test(t)) {
      const rest = t.replace(accordionOpen, "");
      const end = rest.indexOf(">");
      open = { tag: end === -1 ? rest : rest.slice(0, end), line: line.line, body: [], tagDone: end !== -1 };
      const after = end === -1 ? "" : rest.slice(end + 1);
      if (accordionClose.test(after)) {
        open.body.push({ text: after.replace(accordionClose, ""), line: line.line });
        close(line.line);
      } else if (after.trim() !== "") open.body.push({ text: after, line: line.line });
      return;
    }
    if (/^\s*<\/Accordion>/.test(t)) {
      // A stray closing tag holds no words; it costs only its line, never the page.
      page.warnings.push({ line: line.line, message: "</Accordion> closes no open <Accordion>; line skipped" });
      return;
    }
    if (groupTag.test(t)) return;
    const heading = /^\s{0,3}(#{1,2})\s+(.+?)\s*#*\s*$/.exec(t);
    if (heading?.[1] === "##") section = { title: headingText(heading[2]!), line: line.line };
    else if (heading && !page.title) page.title = headingText(heading[2]!);
    skip(line);
  });
  if (open) closeUnclosed(undefined);
  return page;
}
