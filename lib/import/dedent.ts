import "server-only";
import type { SourceLine } from "./types";

const indentOf = (text: string) => /^[ \t]*/.exec(text)![0].replace(/\t/g, "    ").length;

/** Removes the indentation every non-blank line shares (accordion bodies are often indented). */
export function dedent(lines: SourceLine[]): SourceLine[] {
  const indents = lines.filter((l) => l.text.trim() !== "").map((l) => indentOf(l.text));
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  if (common === 0) return lines;
  return lines.map((l) => {
    let text = l.text.replace(/^\t+/, (tabs) => "    ".repeat(tabs.length));
    text = text.trim() === "" ? "" : text.slice(common);
    return { text, line: l.line };
  });
}
