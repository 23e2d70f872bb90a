import "server-only";
import type { ImportResult, QuestionReport } from "./import-page";
import { append } from "./append";

const formatNames = {
  "accordion-mdx": "accordion MDX",
  "markdown-export": "Markdown export of an accordion page",
  "plain-markdown": "plain Markdown (## section, ### question)",
} as const;

function parts(q: QuestionReport): string {
  const list: string[] = [];
  if (q.found.includes("answer")) list.push(q.found.includes("answer label") ? "answer" : "answer (no label)");
  if (q.intent > 0) list.push(`intent ${q.intent}`);
  if (q.found.includes("red flag")) list.push("red flag");
  if (q.followUps.total > 0) list.push(`follow-ups ${q.followUps.total} (${q.followUps.answered} answered)`);
  for (const part of ["template", "callouts", "code", "diagrams"] as const) if (q.found.includes(part)) list.push(part);
  if (q.attached.length > 0) list.push(`code examples from L${q.attached.join(", L")}`);
  return list.join(", ") || "nothing";
}

function questionLines(q: QuestionReport): string[] {
  const how =
    q.how.kind === "kept"
      ? `kept id${q.how.previousTitle !== q.title ? `, was "${q.how.previousTitle}"` : ""}`
      : "new id";
  const lines = [
    `  L${q.line}-${q.endLine} ${q.id} (${how})`,
    `    title: ${q.title}${q.number !== undefined ? ` [source number ${q.number}]` : ""}`,
    `    found: ${parts(q)}`,
  ];
  if (q.missing.length > 0) lines.push(`    missing: ${q.missing.join(", ")}`);
  if (q.removed.length > 0) lines.push(`    removed: ${q.removed.map((r) => `L${r.line} ${r.text}`).join(" | ")}`);
  for (const w of q.warnings) lines.push(`    warning L${w.line}: ${w.message}`);
  if (q.unaccounted.length > 0) lines.push(`    NOT IN OUTPUT: ${q.unaccounted.join(" ")}`);
  return lines;
}

/** The import report: per question the parts found and missing, then warnings with source lines. */
export function formatReport(result: ImportResult, options: { file: string; track: string }): string {
  if (options.file === "") return result.questions.flatMap(questionLines).join("\n");
  const total = result.questions.length;
  const missing = (part: string) => result.questions.filter((q) => q.missing.includes(part)).length;
  const kept = result.questions.filter((q) => q.how.kind === "kept").length;
  const out = [
    `import ${options.file} as track "${options.track}" (${formatNames[result.format]})`,
    `${total} questions in ${result.track.sections.length} sections; ids: ${kept} kept, ${total - kept} new; ` +
      `${result.map.questions.filter((e) => e.retired).length} retired in the import map`,
    `missing: red flag ${missing("red flag")}, intent ${missing("interviewer intent")}, follow-ups ${missing("follow-ups")}, ` +
      `follow-up answers ${missing("follow-up answers")}, answer text ${missing("answer text")}`,
    "difficulty is guessed from section titles; check it",
  ];
  for (const w of result.warnings) out.push(`warning L${w.line}: ${w.message}`);
  for (const s of result.skipped)
    out.push(`not imported (outside any accordion): L${s.from}-${s.to}, ${s.words} words`);
  for (const section of result.track.sections) {
    out.push("", `section ${section.slug}: ${section.title}`);
    // Never a spread into push(): every line of a large page overflows the stack.
    for (const q of result.questions) if (q.section === section.slug) append(out, questionLines(q));
  }
  return `${out.join("\n")}\n`;
}
