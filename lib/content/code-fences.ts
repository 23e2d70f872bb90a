import type { Code } from "mdast";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { parseFenceMeta, type FenceMeta } from "../mdx/fence-meta";
import { discoverTrack } from "./discover";
import { parseQuestionFile } from "./parse";

export interface CodeFence {
  file: string;
  /** File line of the opening fence. */
  line: number;
  lang: string;
  meta: FenceMeta;
  code: string;
  /** For a `run` fence: the text of the `output` fence right after it. */
  expectedOutput?: string;
}

const parser = unified().use(remarkParse).use(remarkMdx);

/** Every code fence of every question in a track, for the parse, run and diagram tests. */
export async function listCodeFences(trackDir: string): Promise<CodeFence[]> {
  const fences: CodeFence[] = [];
  for (const entry of (await discoverTrack(trackDir)).files) {
    const parsed = parseQuestionFile(entry.raw, entry.file);
    if (!parsed.ok) continue;
    const tree = parser.parse(parsed.value.body);
    visit(tree, "code", (node: Code, index, parent) => {
      const next = parent && index !== undefined ? parent.children[index + 1] : undefined;
      const meta = parseFenceMeta(node.meta);
      fences.push({
        file: entry.file,
        line: (node.position?.start.line ?? 1) + parsed.value.bodyLine - 1,
        lang: node.lang ?? "",
        meta,
        code: node.value,
        expectedOutput: meta.run && next?.type === "code" && next.lang === "output" ? next.value : undefined,
      });
    });
  }
  return fences;
}
