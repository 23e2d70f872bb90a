import "server-only";
import type { SourceLine, SplitPage } from "./types";
import { wordsOf } from "./words";

/**
 * Records a line that lies outside every question (a guide before the accordions, say), so the
 * report lists it: lines a few apart join one range, and lines without words are not worth listing.
 */
export function noteSkipped(skipped: SplitPage["skipped"], line: SourceLine): void {
  const words = wordsOf(line.text).length;
  if (words === 0) return;
  const last = skipped.at(-1);
  if (last && last.to >= line.line - 3) Object.assign(last, { to: line.line, words: last.words + words });
  else skipped.push({ from: line.line, to: line.line, words });
}
