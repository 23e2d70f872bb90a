import "server-only";
import { parse } from "yaml";
import type { SourceLine } from "./types";

export interface PageHead {
  title?: string;
  description?: string;
  /** Lines after the frontmatter block. */
  rest: SourceLine[];
}

const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined);

/** Splits off a leading `---` YAML block and reads its `title` and `description`, if any. */
export function readPageHead(lines: SourceLine[]): PageHead {
  if (lines[0]?.text.trim() !== "---") return { rest: lines };
  const end = lines.findIndex((l, i) => i > 0 && l.text.trim() === "---");
  if (end === -1) return { rest: lines };
  let data: unknown;
  try {
    data = parse(
      lines
        .slice(1, end)
        .map((l) => l.text)
        .join("\n"),
    );
  } catch {
    data = undefined;
  }
  const record = data && typeof data === "object" ? (data as Record<string, unknown>) : {};
  return { title: text(record.title), description: text(record.description), rest: lines.slice(end + 1) };
}
