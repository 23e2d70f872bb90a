import "server-only";
import path from "node:path";
import { stringify } from "yaml";
import { importedFrontmatterSchema, type Track } from "@/lib/content";
import { attachCodeExamples, bodyOf, draftQuestion, type DraftQuestion } from "./build-question";
import { planSections, tagsOf, trackManifest } from "./build-track";
import { difficultyOf } from "./describe";
import { ImportError } from "./errors";
import { assignIds, type Assignment, type ImportMap } from "./import-map";
import { append } from "./append";
import { checkAccordionCount, checkLimits, deadline, importLimits, TimeLimitError } from "./limits";
import { repairDraft } from "./repair";
import { formatReport } from "./report";
import { splitPage } from "./split-page";
import type { InputFormat, PartName, SplitPage } from "./types";
import { wordsOf } from "./words";

export interface QuestionReport {
  id: string;
  how: Assignment["how"];
  file: string;
  title: string;
  number?: number;
  section: string;
  line: number;
  endLine: number;
  attached: number[];
  found: PartName[];
  missing: string[];
  intent: number;
  followUps: { total: number; answered: number };
  removed: { line: number; text: string }[];
  warnings: { line: number; message: string }[];
  /** Words of the accordion found neither in its output file nor in this report entry. */
  unaccounted: string[];
}

export interface ImportResult {
  format: InputFormat;
  track: Track;
  questions: QuestionReport[];
  /** Output files by path relative to the track folder. */
  files: Map<string, string>;
  map: ImportMap;
  skipped: SplitPage["skipped"];
  warnings: { line: number; message: string }[];
  report: string;
}

const missingParts = (d: DraftQuestion) =>
  [
    !d.parts.found.has("answer") && "answer text",
    d.parts.intent.length === 0 && "interviewer intent",
    !d.parts.redFlag && "red flag",
    d.parts.followUps.length === 0 && "follow-ups",
    d.parts.followUps.length > 0 && d.parts.followUps.some((f) => !f.answer) && "follow-up answers",
  ].filter((x): x is string => typeof x === "string");

/** Converts one page into a track: files, import map and report. Pure apart from the clock. */
export function importPage(
  text: string,
  options: { file: string; track: string; previousMap?: ImportMap; timeLimitMs?: number },
): ImportResult {
  const withinTime = deadline(options.file, options.timeLimitMs ?? importLimits.seconds * 1000);
  const page = splitPage(text, options.file);
  if (page.accordions.length === 0) {
    throw new ImportError(options.file, 1, "input", 'not an accordion page: no <Accordion title="..."> found');
  }
  checkAccordionCount(page.accordions, options.file);
  // One accordion that cannot be imported costs only itself: it is listed and the rest go on.
  const notImported: { line: number; message: string }[] = [];
  let firstProblem: ImportError | undefined;
  const skip = (error: unknown) => {
    if (!(error instanceof ImportError) || error instanceof TimeLimitError) throw error;
    firstProblem ??= error;
    notImported.push({
      line: error.problem.line,
      message: `not imported: ${error.problem.field}: ${error.problem.message}`,
    });
  };
  const linkWork = { total: 0 };
  const readable = page.accordions.filter((a) => {
    // An accordion over the link-work budget adds nothing to it, so the ones after it still count.
    const trial = { ...linkWork };
    try {
      checkLimits(a.body, options.file, trial);
    } catch (error) {
      skip(error);
      return false;
    }
    linkWork.total = trial.total;
    return true;
  });
  if (readable.length === 0) throw firstProblem!;
  const all = attachCodeExamples(readable.map((a) => withinTime(a.line, () => draftQuestion(a))));
  for (const removed of page.removed) {
    const owner = all.find((d) =>
      [d.source, ...d.attached].some((s) => s.line <= removed.line && removed.line <= s.endLine),
    );
    owner?.removed.push(removed);
  }
  const converted = all.flatMap((d) => {
    try {
      repairDraft(d);
      const body = withinTime(d.source.line, () => bodyOf(d, options.file));
      checkFrontmatter(d, body.summary, options.file);
      return [{ d, body }];
    } catch (error) {
      skip(error);
      return [];
    }
  });
  if (converted.length === 0) throw firstProblem!;
  const drafts = converted.map((c) => c.d);
  const bodies = converted.map((c) => c.body);
  const sections = planSections(drafts.map((d) => d.source.section));
  const sectionOf = (d: DraftQuestion) => sections.find((s) => s.source === d.source.section)!;
  const { assignments, map } = assignIds(
    options.track,
    drafts.map((d, i) => ({
      section: sectionOf(d).slug,
      number: d.parsed.number,
      title: d.parsed.title,
      bodyText: bodies[i]!.mdx,
    })),
    options.previousMap,
  );
  const track = trackManifest(options.track, page, path.basename(options.file), sections, drafts.length);
  const files = new Map<string, string>([["track.json", `${JSON.stringify(track, null, 2)}\n`]]);
  const orders = new Map<string, number>();
  const questions: QuestionReport[] = drafts.map((d, i) => {
    const section = sectionOf(d);
    const order = (orders.get(section.slug) ?? 0) + 1;
    orders.set(section.slug, order);
    const id = assignments[i]!.id;
    const frontmatter = {
      id,
      title: d.parsed.title,
      section: section.slug,
      order,
      difficulty: difficultyOf(section.title),
      tags: tagsOf(options.track, section),
      summary: bodies[i]!.summary,
      status: d.source.untitled ? ("draft" as const) : ("imported" as const),
      interviewerIntent: d.parts.intent,
      ...(d.parts.redFlag ? { redFlag: d.parts.redFlag } : {}),
      followUps: d.parts.followUps.map(({ question, answer }) => (answer ? { question, answer } : { question })),
      related: [],
    };
    const checked = importedFrontmatterSchema.safeParse(frontmatter);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      throw new ImportError(
        options.file,
        d.source.line,
        issue.path.join(".") || "question",
        `cannot import this accordion: ${issue.message}`,
      );
    }
    const file = `${section.folder}/${id}.mdx`;
    files.set(file, `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${bodies[i]!.mdx}`);
    return {
      id,
      how: assignments[i]!.how,
      file,
      title: d.parsed.title,
      number: d.parsed.number,
      section: section.slug,
      line: d.source.line,
      endLine: d.source.endLine,
      attached: d.attached.map((a) => a.line),
      found: [...d.parts.found],
      missing: missingParts(d),
      intent: d.parts.intent.length,
      followUps: { total: d.parts.followUps.length, answered: d.parts.followUps.filter((f) => f.answer).length },
      removed: d.removed.sort((a, b) => a.line - b.line),
      warnings: d.warnings.sort((a, b) => a.line - b.line),
      unaccounted: [],
    };
  });
  const warnings = [...page.warnings, ...numberingWarnings(drafts)];
  append(warnings, notImported);
  if (drafts.length < 2)
    warnings.push({ line: 1, message: `one question only; npm run content needs every tag on two questions` });
  const result: ImportResult = {
    format: page.format,
    track,
    questions,
    files,
    map,
    skipped: page.skipped,
    warnings,
    report: "",
  };
  account(result, drafts);
  result.report = formatReport(result, options);
  return result;
}

/** Checks the fields the body does not decide, with stand-ins for what is settled later (id, order). */
function checkFrontmatter(d: DraftQuestion, summary: string, file: string) {
  const checked = importedFrontmatterSchema.safeParse({
    id: "stand-in",
    title: d.parsed.title,
    section: "stand-in",
    order: 1,
    difficulty: "intermediate",
    tags: ["stand-in"],
    summary,
    status: "imported",
    interviewerIntent: d.parts.intent,
    ...(d.parts.redFlag ? { redFlag: d.parts.redFlag } : {}),
    followUps: d.parts.followUps.map(({ question, answer }) => (answer ? { question, answer } : { question })),
    related: [],
  });
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new ImportError(
      file,
      d.source.line,
      issue.path.join(".") || "question",
      `cannot import this accordion: ${issue.message}`,
    );
  }
}

/** Numbering that jumps within a section is worth a look: a question may be missing from the page. */
function numberingWarnings(drafts: DraftQuestion[]) {
  const warnings: { line: number; message: string }[] = [];
  drafts.forEach((d, i) => {
    const before = drafts
      .slice(0, i)
      .findLast((b) => b.parsed.series === d.parsed.series && b.source.section === d.source.section);
    const n = d.parsed.number;
    if (n === undefined || before?.parsed.number === undefined) return;
    if (n !== before.parsed.number + 1 && n !== 1) {
      warnings.push({ line: d.source.line, message: `numbering jumps from ${before.parsed.number} to ${n}` });
    }
  });
  return warnings;
}

/** Lists, per question, any accordion word that is in neither its output file nor its report entry. */
function account(result: ImportResult, drafts: DraftQuestion[]) {
  drafts.forEach((d, i) => {
    const q = result.questions[i]!;
    const written = new Set(wordsOf(result.files.get(q.file)!));
    for (const entry of formatReport({ ...result, questions: [q] }, { file: "", track: "" }).split("\n")) {
      for (const w of wordsOf(entry)) written.add(w);
    }
    const source = [d.source, ...d.attached].flatMap((s) => [s.title, ...s.body.map((l) => l.text)]);
    q.unaccounted = [...new Set(source.flatMap(wordsOf))].filter((w) => !written.has(w));
  });
}
