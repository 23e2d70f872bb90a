import { readFileSync } from "node:fs";
import path from "node:path";
import { importPage, type ImportResult } from "@/lib/import/import-page";

export const importFixture = (name: string) => path.join("tests", "fixtures", "import", name);

/** Imports a fixture page in memory, as track `demo`. */
export function importFixturePage(file: string, previous?: ImportResult): ImportResult {
  const full = importFixture(file);
  return importPage(readFileSync(full, "utf8"), { file: full, track: "demo", previousMap: previous?.map });
}

/** The frontmatter and body of one written question, by its title. */
export function questionFile(result: ImportResult, title: string) {
  const q = result.questions.find((x) => x.title === title);
  if (!q) throw new Error(`no question titled ${title}: ${result.questions.map((x) => x.title).join(" | ")}`);
  return { report: q, text: result.files.get(q.file)! };
}
