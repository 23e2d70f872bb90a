import "server-only";
import path from "node:path";
import { diagramHash, isDiagramCached } from "../diagrams/cache";
import { parseDiagram } from "../diagrams/parse-diagram";
import { compileBody } from "../mdx/compile";
import { checkBody, type BodyCheck, type DiagramSource } from "./check-body";
import { checkTags } from "./check-tags";
import { crossCheck } from "./cross-check";
import { discoverTrack } from "./discover";
import { ContentErrorList, type ContentError } from "./errors";
import { parseQuestionFile, type ParsedFile } from "./parse";
import type { Frontmatter, Section, Track } from "./schema";

/** A question ready for pages: its validated frontmatter plus the compiled model answer. */
export type Question = Frontmatter & {
  file: string;
  /** Compiled MDX, run by `getMDXComponent` on the server. */
  code: string;
  /** The answer's prose without code, for search. */
  plainText: string;
  /** The answer's `###` headings, for its table of contents. */
  sectionHeadings: string[];
};

export interface SectionWithQuestions extends Section {
  /** 1-based position in the track. */
  number: number;
  questions: Question[];
}

export interface LoadedTrack extends Omit<Track, "sections"> {
  sections: SectionWithQuestions[];
  questions: Question[];
}

async function checkDiagrams(file: string, diagrams: DiagramSource[]): Promise<ContentError[]> {
  const errors: ContentError[] = [];
  for (const diagram of diagrams) {
    if (isDiagramCached(diagramHash(diagram.source))) continue;
    const problem = await parseDiagram(diagram.source);
    errors.push(
      problem
        ? { file, line: diagram.line + problem.line - 1, field: "body", message: `diagram does not parse: ${problem.message}` }
        : { file, line: diagram.line, field: "body", message: "diagram is not in the SVG cache; run npm run diagrams" },
    );
  }
  return errors;
}

/**
 * Loads, checks and compiles one track folder. Every problem in every file is collected before
 * anything is compiled, and all of them are thrown together as a ContentErrorList.
 */
export async function loadTrack(trackDir: string): Promise<LoadedTrack> {
  const found = await discoverTrack(trackDir);
  const errors = [...found.errors];
  const parsed: ParsedFile[] = [];
  const checkedBodies = new Map<string, BodyCheck>();
  for (const entry of found.files) {
    const result = parseQuestionFile(entry.raw, entry.file);
    const body = result.ok ? { text: result.value.body, line: result.value.bodyLine } : result.body;
    if (!result.ok) errors.push(...result.errors);
    else parsed.push(result.value);
    if (!body) continue;
    const checked = checkBody(body.text, entry.file, body.line);
    checkedBodies.set(entry.file, checked);
    errors.push(...checked.errors, ...(await checkDiagrams(entry.file, checked.diagrams)));
  }
  if (found.track) {
    const folderOf = new Map(found.files.map((f) => [f.file, f.folderSection]));
    errors.push(...crossCheck(found.track, parsed, folderOf));
    errors.push(...checkTags(found.track, found.manifest, parsed, parsed.length === found.files.length));
  }
  if (errors.length > 0 || !found.track) throw new ContentErrorList(errors);

  const questions: Question[] = [];
  for (const p of parsed) {
    const checked = checkedBodies.get(p.file);
    const diagrams = checked?.diagrams.map((diagram) => diagram.source);
    const { code } = await compileBody(p.body, { diagrams });
    questions.push({ ...p.frontmatter, file: p.file, code,
      plainText: checked?.plainText ?? "",
      sectionHeadings: checked?.sectionHeadings ?? [],
    });
  }
  const sections = found.track.sections.map((section, i) => ({
    ...section,
    number: i + 1,
    questions: questions.filter((q) => q.section === section.slug).sort((a, b) => a.order - b.order),
  }));
  return { ...found.track, sections, questions: sections.flatMap((s) => s.questions) };
}

export const defaultTrackDir = () =>
  process.env.FOLLOWUP_TRACK_DIR ?? path.join(process.cwd(), "content", "nodejs");

let cached: Promise<LoadedTrack> | undefined;

/** The one accessor behind pages, static params, metadata and the sitemap. Loads once per process. */
export function getTrack(): Promise<LoadedTrack> {
  cached ??= loadTrack(defaultTrackDir());
  return cached;
}

export async function getSection(slug: string): Promise<SectionWithQuestions | undefined> {
  return (await getTrack()).sections.find((s) => s.slug === slug);
}

export async function getAllQuestions(): Promise<Question[]> {
  return (await getTrack()).questions;
}

export async function getQuestion(id: string): Promise<Question | undefined> {
  return (await getTrack()).questions.find((q) => q.id === id);
}
