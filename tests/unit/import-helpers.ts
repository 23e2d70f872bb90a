import { readFileSync } from "node:fs";
import path from "node:path";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
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

/** The MDX body of a written question file, after its frontmatter. */
export const bodyOf = (text: string) => text.slice(text.indexOf("\n---\n", 4) + 5);

/** What MDX would run or pass through in a body, read independently of the importer. */
export function executable(body: string): string[] {
  const found: string[] = [];
  visit(unified().use(remarkParse).use(remarkMdx).parse(body), (node) => {
    if (["mdxFlowExpression", "mdxTextExpression", "mdxjsEsm", "html"].includes(node.type)) found.push(node.type);
    if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      for (const a of node.attributes) {
        if (a.type !== "mdxJsxAttribute" || (a.value != null && typeof a.value !== "string")) found.push("attribute");
      }
    }
  });
  return found;
}
