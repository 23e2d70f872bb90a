import "server-only";
/** An open code fence: its character and length, so only a matching line closes it. */
export interface OpenFence {
  char: "`" | "~";
  length: number;
}

const opener = /^\s*(`{3,}|~{3,})(.*)$/;

export function fenceOpening(text: string): (OpenFence & { info: string }) | undefined {
  const match = opener.exec(text);
  if (!match) return undefined;
  const marks = match[1]!;
  // A backtick fence's info string may not contain backticks (CommonMark), so ``` `x` ``` is inline.
  if (marks[0] === "`" && match[2]!.includes("`")) return undefined;
  return { char: marks[0] as "`" | "~", length: marks.length, info: match[2]!.trim() };
}

export function closesFence(text: string, fence: OpenFence): boolean {
  const match = /^\s*(`{3,}|~{3,})\s*$/.exec(text);
  return !!match && match[1]![0] === fence.char && match[1]!.length >= fence.length;
}

/** Calls `visit` with each line and whether it is inside a fence (fence lines themselves count as inside). */
export function eachLineWithFences<T extends { text: string }>(lines: T[], visit: (line: T, inFence: boolean) => void) {
  let open: OpenFence | undefined;
  for (const line of lines) {
    if (open) {
      if (closesFence(line.text, open)) open = undefined;
      visit(line, true);
      continue;
    }
    const opening = fenceOpening(line.text);
    if (opening) open = opening;
    visit(line, !!opening);
  }
}
