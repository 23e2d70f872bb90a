import "server-only";
import { dedent } from "./dedent";
import { ImportError } from "./errors";
import { eachLineWithFences } from "./fences";
import type { PageHead } from "./page-frontmatter";
import { noteSkipped } from "./skipped";
import type { RawSection, SourceLine, SplitPage } from "./types";
import { unescapeMarkdown } from "./normalise-export";

const heading = /^\s{0,3}(#{1,3})\s+(.+?)\s*#*\s*$/;
const clean = (text: string) => unescapeMarkdown(text.replace(/\*\*|__/g, "")).trim();

/** A plain Markdown Q&A page: `##` sections, a `###` heading per question, the answer below it. */
export function splitMarkdownPage(head: PageHead, file: string): SplitPage {
  const page: SplitPage = {
    format: "plain-markdown",
    title: head.title,
    description: head.description,
    accordions: [],
    skipped: [],
    removed: [],
    warnings: [],
  };
  let section: RawSection = { title: "General", line: head.rest[0]?.line ?? 1 };
  let question: { title: string; line: number; body: SourceLine[]; section: RawSection } | undefined;
  const finish = (endLine: number) => {
    if (question) page.accordions.push({ ...question, endLine, body: dedent(question.body) });
    question = undefined;
  };
  const skip = (line: SourceLine) => noteSkipped(page.skipped, line);
  eachLineWithFences(head.rest, (line, inFence) => {
    const match = inFence ? null : heading.exec(line.text);
    if (!match) {
      if (question) question.body.push(line);
      else skip(line);
      return;
    }
    finish(line.line - 1);
    const level = match[1]!.length;
    if (level === 3) question = { title: clean(match[2]!), line: line.line, body: [], section };
    else {
      if (level === 2) section = { title: clean(match[2]!), line: line.line };
      else page.title ??= clean(match[2]!);
      skip(line);
    }
  });
  finish(head.rest.at(-1)?.line ?? 1);
  if (page.accordions.length === 0) {
    throw new ImportError(
      file,
      1,
      "input",
      'not an accordion page: no <Accordion title="..."> and no "### question" headings',
    );
  }
  return page;
}
