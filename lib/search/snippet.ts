import "client-only";
/** A piece of text split into plain and highlighted parts, for rendering without HTML strings. */
export type Part = { text: string; hit: boolean };

/**
 * Highlights every word that starts with one of the matched terms. Terms come from MiniSearch's
 * result (already lower-cased, and the corrected spelling when the query had a typo).
 */
export function highlight(text: string, terms: string[]): Part[] {
  const words = terms.filter((t) => t.length > 1).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (words.length === 0) return [{ text, hit: false }];
  const pattern = new RegExp(`\\b(${words.join("|")})[\\w-]*`, "gi");
  const parts: Part[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), hit: false });
    parts.push({ text: match[0], hit: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), hit: false });
  return parts;
}

/** The line worth showing under a result: the matching follow-up if that is where it hit. */
export function snippetFor(
  doc: { summary: string; followUps: string },
  fields: Set<string>,
  terms: string[],
): { text: string; where: string } {
  if (!fields.has("summary") && fields.has("followUps")) {
    const lines = doc.followUps.split(" \n");
    const line = lines.find((l) => highlight(l, terms).some((p) => p.hit)) ?? lines[0] ?? doc.summary;
    return { text: line, where: "in a follow-up" };
  }
  if (fields.size > 0 && [...fields].every((f) => f === "body")) return { text: doc.summary, where: "in the answer" };
  return { text: doc.summary, where: "" };
}
