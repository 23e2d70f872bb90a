import "server-only";
import path from "node:path";
import { diagramHash, isDiagramCached, parseDiagram } from "@/lib/diagrams/server";
import { compileBody, UnsafeBodyError } from "@/lib/mdx/server";
import { readBankCache } from "./bank-cache";
import { checkBank } from "./bank-check";
import { checkBody, type BodyCheck, type DiagramSource } from "./check-body";
import { checkTags } from "./check-tags";
import { contentRoots } from "./content-roots";
import { crossCheck } from "./cross-check";
import { discoverTrack } from "./discover";
import { ContentErrorList, type ContentError } from "./errors";
import { parseQuestionFile, type ParsedFile } from "./parse";
import type { Frontmatter, Section, Track } from "./schema";
import { findTrackDirs } from "./find-tracks";
import { yamlLineFinder } from "./yaml-lines";

/** A question ready for pages: its validated frontmatter plus the compiled model answer. */
export type Question = Frontmatter & {
  /** The slug of the track the question belongs to. */
  track: string;
  file: string;
  /** Line of the `id` field, for errors found once every track is loaded. */
  idLine: number;
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
  /** The manifest's path and the line of its slug, for errors found once every track is loaded. */
  manifest: string;
  slugLine: number;
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
    const compiled = await compileBody(p.body, { diagrams }).catch((error: unknown) => {
      // Only if the compiler's parser saw a body differently from the check's; reported all the same.
      if (!(error instanceof UnsafeBodyError)) throw error;
      errors.push(...error.problems.map(({ line, message }) => ({ file: p.file, line: p.bodyLine + line - 1, field: "body", message })));
      return undefined;
    });
    if (!compiled) continue;
    const { code } = compiled;
    questions.push({ ...p.frontmatter, track: found.track.slug, file: p.file, code,
      idLine: yamlLineFinder(p.matter, 1)(["id"]),
      plainText: checked?.plainText ?? "",
      sectionHeadings: checked?.sectionHeadings ?? [],
    });
  }
  if (errors.length > 0) throw new ContentErrorList(errors);
  const sections = found.track.sections.map((section, i) => ({
    ...section,
    number: i + 1,
    questions: questions.filter((q) => q.section === section.slug).sort((a, b) => a.order - b.order),
  }));
  const slugLine = yamlLineFinder(found.manifest.text, 1)(["slug"]);
  return { ...found.track, sections, questions: sections.flatMap((s) => s.questions), manifest: found.manifest.file, slugLine };
}

/** The shipped Node.js track's folder (tests and tools that work on that track alone). */
export const defaultTrackDir = () => path.join(process.cwd(), "content", "nodejs");

/**
 * Loads every track in the given content folders (or track folders), then checks the bank as a
 * whole. Every problem in every track is thrown together as one ContentErrorList.
 */
export async function loadBank(roots: string[]): Promise<LoadedTrack[]> {
  const tracks: LoadedTrack[] = [];
  const errors: ContentError[] = [];
  for (const root of roots) {
    for (const dir of await findTrackDirs(root)) {
      try {
        tracks.push(await loadTrack(dir));
      } catch (error) {
        if (!(error instanceof ContentErrorList)) throw error;
        errors.push(...error.errors);
      }
    }
  }
  errors.push(...checkBank(tracks));
  if (errors.length > 0) throw new ContentErrorList(errors);
  return tracks;
}

let cached: Promise<LoadedTrack[]> | undefined;

/**
 * The one accessor behind pages, static params, metadata and the sitemap: every track of
 * `content/` and of the extra roots (lib/content/content-roots.ts), in that order. Loads once per
 * process, from the bank the build's content check left (lib/content/bank-cache.ts) when there is one.
 */
export function getTracks(): Promise<LoadedTrack[]> {
  const roots = contentRoots();
  cached ??= readBankCache(roots).then((hit) => hit ?? loadBank(roots));
  return cached;
}

export async function getTrackBySlug(slug: string): Promise<LoadedTrack | undefined> {
  return (await getTracks()).find((t) => t.slug === slug);
}

export async function getSection(trackSlug: string, slug: string): Promise<SectionWithQuestions | undefined> {
  return (await getTrackBySlug(trackSlug))?.sections.find((s) => s.slug === slug);
}

export async function getAllQuestions(): Promise<Question[]> {
  return (await getTracks()).flatMap((t) => t.questions);
}

export async function getQuestion(id: string): Promise<Question | undefined> {
  for (const track of await getTracks()) {
    const found = track.questions.find((q) => q.id === id);
    if (found) return found;
  }
  return undefined;
}

/** A question with its track and section; the loader guarantees both exist. */
export async function getQuestionInPlace(id: string) {
  const question = await getQuestion(id);
  if (!question) return undefined;
  const track = (await getTrackBySlug(question.track))!;
  const section = track.sections.find((s) => s.slug === question.section)!;
  return { track, section, question };
}
