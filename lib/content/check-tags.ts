import type { Manifest } from "./discover";
import type { ContentError } from "./errors";
import type { ParsedFile } from "./parse";
import type { Track } from "./schema";
import { yamlLineFinder } from "./yaml-lines";

/** Below this, a tag narrows a filter to one question and is noise in the picker. */
export const minQuestionsPerTag = 2;

/** `event-emitter`, `eventemitter` and `event-emitters` all reduce to `eventemitter`. */
const loose = (slug: string) => slug.replace(/-/g, "").replace(/s$/, "");

function unknownTagMessage(tag: string, vocabulary: string[]): string {
  const near = vocabulary.find((slug) => loose(slug) === loose(tag));
  return `unknown tag "${tag}"; use one from the tags in track.json${near ? ` (did you mean "${near}"?)` : ""}`;
}

/**
 * Holds every question to the track's tag vocabulary and the vocabulary to real use. Usage is
 * only counted when every file parsed: a file with broken frontmatter hides its tags, and counting
 * without it would report tags as under-used when they are not.
 */
export function checkTags(track: Track, manifest: Manifest, parsed: ParsedFile[], everyFileParsed: boolean) {
  const errors: ContentError[] = [];
  const manifestLine = yamlLineFinder(manifest.text, 1);
  const atManifest = (index: number, message: string) =>
    errors.push({ file: manifest.file, line: manifestLine(["tags", index, "slug"]), field: `tags.${index}`, message });

  const vocabulary = track.tags.map((t) => t.slug);
  vocabulary.forEach((slug, i) => {
    const first = vocabulary.indexOf(slug);
    if (first !== i) atManifest(i, `duplicate tag "${slug}", already listed as tags.${first}`);
  });

  const uses = new Map(vocabulary.map((slug) => [slug, 0]));
  for (const p of parsed) {
    const lineOf = yamlLineFinder(p.matter, 1);
    p.frontmatter.tags.forEach((tag, i) => {
      const at = (message: string) => errors.push({ file: p.file, line: lineOf(["tags", i]), field: `tags.${i}`, message });
      const count = uses.get(tag);
      if (p.frontmatter.tags.indexOf(tag) !== i) at(`tag "${tag}" is listed twice`);
      else if (count === undefined) at(unknownTagMessage(tag, vocabulary));
      else uses.set(tag, count + 1);
    });
  }

  if (everyFileParsed) {
    vocabulary.forEach((slug, i) => {
      const count = uses.get(slug) ?? 0;
      if (vocabulary.indexOf(slug) === i && count < minQuestionsPerTag) {
        const questions = `${count} question${count === 1 ? "" : "s"}`;
        atManifest(i, `tag "${slug}" is used by ${questions}; every tag needs at least ${minQuestionsPerTag}`);
      }
    });
  }
  return errors;
}
