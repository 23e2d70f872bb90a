import "server-only";
/** A question title with the page's numbering split off: `12. …`, `Q3: …`, `S1. …`, `Scenario 4: …`. */
export interface ParsedTitle {
  title: string;
  /** The source's number, if any; output order does not depend on it. */
  number?: number;
  /** The numbering prefix as written (`Q3:`), for the report. */
  prefix?: string;
  /** The prefix's letters (`q`, `scenario`, or empty), so `Q1` and `S1` count separately. */
  series?: string;
}

const numbering = /^\s*((?:(?:Q|S|Question|Scenario|Problem|Exercise)\s*#?\s*)?(\d+)\s*[.:)\-–—]\s*)(.*)$/i;

export function parseTitle(raw: string): ParsedTitle {
  // Curly quotes stay as written; only the numbering and surrounding `**` go.
  const text = raw.replace(/^\*\*(.*)\*\*$/, "$1").trim();
  const match = numbering.exec(text);
  if (!match || match[3]!.trim() === "") return { title: text };
  const series = match[1]!.replace(/[^a-z]/gi, "").toLowerCase();
  return { title: match[3]!.trim(), number: Number(match[2]), prefix: match[1]!.trim(), series };
}
