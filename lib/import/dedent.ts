import "server-only";
import type { SourceLine } from "./types";

const indentOf = (text: string) => /^[ \t]*/.exec(text)![0].replace(/\t/g, "    ").length;

/** Removes the indentation every non-blank line shares (accordion bodies are often indented). */
export function dedent(lines: SourceLine[]): SourceLine[] {
  // A loop, not Math.min(...indents): a long body would overflow the argument list.
  let common = Infinity;
  for (const l of lines) if (l.text.trim() !== "") common = Math.min(common, indentOf(l.text));
  if (common === Infinity) common = 0;
  if (common === 0) return lines;
  return lines.map((l) => {
    let text = l.text.replace(/^\t+/, (tabs) => "    ".repeat(tabs.length));
    text = text.trim() === "" ? "" : text.slice(common);
    return { text, line: l.line };
  });
}
