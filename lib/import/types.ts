/** One line of the source page, with its 1-based line number in the file as read. */
export interface SourceLine {
  text: string;
  line: number;
}

/** The input shapes the importer recognises. */
export type InputFormat = "accordion-mdx" | "markdown-export" | "plain-markdown";

export interface RawSection {
  title: string;
  line: number;
}

/** One accordion (or `###` question of a plain Markdown page) before its body is classified. */
export interface RawAccordion {
  title: string;
  line: number;
  endLine: number;
  section: RawSection;
  /** Body lines, dedented, with their source line numbers. */
  body: SourceLine[];
  /** The source gave no title; one was made from the body and the question is a draft. */
  untitled?: boolean;
}

/** Source text the importer leaves out on purpose, so the report can list it. */
export interface Removed {
  line: number;
  text: string;
}

export interface SplitPage {
  format: InputFormat;
  /** From the page's frontmatter `title` or its first `# ` heading. */
  title?: string;
  description?: string;
  accordions: RawAccordion[];
  /** Line ranges outside any accordion (an introductory guide, headings), not imported. */
  skipped: { from: number; to: number; words: number }[];
  /** Page-level rewrites of the Markdown export, e.g. ` theme={null}` on fence lines. */
  removed: Removed[];
  /** Page-level repairs, e.g. an accordion closed where the next one opens. */
  warnings: Warning[];
}

export interface Warning {
  line: number;
  message: string;
}

export interface ImportedFollowUp {
  question: string;
  answer?: string;
  line: number;
}

export type PartName =
  | "answer label"
  | "answer"
  | "intent"
  | "red flag"
  | "follow-ups"
  | "template"
  | "callouts"
  | "code"
  | "diagrams"
  | "code example";

/** What one accordion's body turned into. */
export interface ClassifiedBody {
  /** Markdown lines of the model answer, ready to be made MDX-safe. */
  body: SourceLine[];
  intent: string[];
  redFlag?: string;
  followUps: ImportedFollowUp[];
  found: Set<PartName>;
  removed: Removed[];
  warnings: Warning[];
  /** No labels and mostly code: an example rather than a question. */
  isCodeExample: boolean;
}
