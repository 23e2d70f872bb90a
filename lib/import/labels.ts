import "server-only";
/** The parts of an accordion that a label line introduces. */
export type LabelPart = "answer" | "intent" | "red flag" | "follow-ups" | "template";

const names: [LabelPart, string][] = [
  [
    "intent",
    String.raw`what (?:the )?interviewers? (?:is |are )?(?:really )?(?:testing|looking for|want(?:s)? to (?:see|hear))|what they(?:'|’)re (?:really )?testing|interviewer(?:'s|’s)? intent`,
  ],
  ["red flag", String.raw`red[- ]flags?(?: answers?)?|🚩\s*red[- ]flags?(?: answers?)?|weak answer|bad answer`],
  ["follow-ups", String.raw`follow[- ]?ups?(?: questions?)?(?: q&a| q\\&a)?(?: chain| ladder)?`],
  ["template", String.raw`structured answer template|answer template`],
  ["answer", String.raw`(?:model |short |strong |full )?answer`],
];

const patterns = names.map(([part, words]) => ({
  part,
  // Optional list marker or heading, optional bold, the label, an optional "(…)" qualifier, a colon.
  regex: new RegExp(
    String.raw`^\s*(?:#{2,6}\s+|[-*+]\s+)?(\*\*|__)?\s*(?:${words})\s*(?:\([^)]*\))?\s*(:)?\s*(\*\*|__)?\s*(:)?\s*`,
    "iu",
  ),
}));

export interface LabelMatch {
  part: LabelPart;
  /** The label as written, for the report. */
  label: string;
  /** Text after the label on the same line. */
  rest: string;
}

/**
 * A label line such as `**Answer:**`, `**Answer**:`, `**Red flag answer:**` or `Follow-up chain
 * (senior):`. It must be bold, a heading, or end in a colon, so prose that starts with the same
 * words ("Follow-up questions often…") is not mistaken for one.
 */
export function matchLabel(text: string): LabelMatch | undefined {
  for (const { part, regex } of patterns) {
    const m = regex.exec(text);
    if (!m) continue;
    const bold = m[1] !== undefined && m[3] !== undefined;
    const colon = m[2] !== undefined || m[4] !== undefined;
    const heading = /^\s*#{2,6}\s/.test(text) && m[0].length >= text.trimEnd().length;
    if (!bold && !colon && !heading) continue;
    return { part, label: m[0].trim(), rest: text.slice(m[0].length) };
  }
  return undefined;
}
