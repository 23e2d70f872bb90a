import "server-only";
import matter from "gray-matter";
import type { ContentError } from "./errors";
import { frontmatterSchemaFor, type Frontmatter } from "./schema";
import { yamlLineFinder } from "./yaml-lines";

export interface ParsedFile {
  file: string;
  frontmatter: Frontmatter;
  body: string;
  /** Line of the file on which the body starts, so body errors can give file lines. */
  bodyLine: number;
  /** The raw frontmatter text, for finding the line of a field that a later check rejects. */
  matter: string;
}

/**
 * A file either parses into a record, or fails with its problems. When the YAML itself was
 * readable the body comes back too, so body problems are reported in the same run.
 */
export type ParseResult =
  | { ok: true; value: ParsedFile }
  | { ok: false; errors: ContentError[]; body?: { text: string; line: number } };

interface YamlException {
  reason?: string;
  mark?: { line: number };
}

/** Pure: turns one file's text into a validated record, or every problem found in it. */
export function parseQuestionFile(raw: string, file: string): ParseResult {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // A fresh object each time: gray-matter otherwise caches by content and shares results.
    parsed = matter(raw, {});
  } catch (error) {
    const yamlError = error as YamlException;
    const line = (yamlError.mark?.line ?? 0) + 1;
    const reason = yamlError.reason ?? String(error);
    return { ok: false, errors: [{ file, line, field: "frontmatter", message: `invalid YAML: ${reason}` }] };
  }
  const bodyLine = raw.slice(0, raw.length - parsed.content.length).split("\n").length;
  const result = frontmatterSchemaFor(parsed.data).safeParse(parsed.data);
  if (!result.success) {
    const lineOf = yamlLineFinder(parsed.matter, 1);
    const errors = result.error.issues.flatMap((issue): ContentError[] => {
      if (issue.code === "unrecognized_keys") {
        return issue.keys.map((key) => {
          const keyPath = [...issue.path, key];
          return { file, line: lineOf(keyPath), field: keyPath.join("."), message: "unknown field" };
        });
      }
      const missing = issue.code === "invalid_type" && / received undefined$/.test(issue.message);
      const field = issue.path.length > 0 ? issue.path.join(".") : "frontmatter";
      const message = missing ? "required field is missing" : issue.message.replace(/^Invalid input: /, "");
      return [{ file, line: lineOf(issue.path), field, message }];
    });
    return { ok: false, errors, body: { text: parsed.content, line: bodyLine } };
  }
  return { ok: true, value: { file, frontmatter: result.data, body: parsed.content, bodyLine, matter: parsed.matter } };
}
