/** One run of a note's line: plain text, or text written between backticks. */
export interface NotePart {
  code: boolean;
  text: string;
}

/**
 * Splits a note into lines, and each line into plain and `code` runs. A backtick without a
 * partner stays as written. The parts are rendered as text nodes, never as HTML.
 */
export function noteLines(note: string): NotePart[][] {
  return note.split(/\r\n|\r|\n/).map((line) => {
    const parts: NotePart[] = [];
    const pattern = /`([^`]+)`/g;
    let from = 0;
    for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
      if (match.index > from) parts.push({ code: false, text: line.slice(from, match.index) });
      parts.push({ code: true, text: match[1]! });
      from = match.index + match[0].length;
    }
    if (from < line.length) parts.push({ code: false, text: line.slice(from) });
    return parts;
  });
}
