import "server-only";
import matter from "gray-matter";
import { parse as parseYaml, YAMLParseError } from "yaml";
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

/**
 * gray-matter reads the frontmatter with `yaml`, the library the importer writes it with, so both
 * share one YAML 1.2 dialect: `title: 2024-01-01` stays a string instead of becoming a Date.
 */
const yamlEngine = { parse: (text: string): object => (parseYaml(text) as object | null) ?? {} };

/** Pure: turns one file's text into a validated record, or every problem found in it. */
export function parseQuestionFile(raw: string, file: string): ParseResult {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // A fresh object each time: gray-matter otherwise caches by content and shares results.
    parsed = matter(raw, { engines: { yaml: yamlEngine } });
  } catch (error) {
    // The frontmatter text starts on the opening `---` line, so its lines are the file's lines.
    const yamlError = error instanceof YAMLParseError ? error : undefined;
    const line = yamlError?.linePos?.[0].line ?? 1;
    const reason = yamlError ? yamlError.message.replace(/ at line \d+, column \d+:[\s\S]*$/, "") : String(error);
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
