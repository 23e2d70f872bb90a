import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { withDiagramRenderer } from "@/lib/tooling/diagrams/render";

const dir = path.join(process.cwd(), "tests", "fixtures", "diagrams");
// Mermaid's own grammar refuses these sources, which is harmless; any other failure is the renderer's.
const refusedByParser = new Set(["classdef-breaks-out-of-rule.mmd"]);

test("hostile diagrams render to inert SVG: no handlers, no javascript: URLs, no script, no leaked CSS", async () => {
  test.setTimeout(90_000);
  const names = (await readdir(dir)).filter((n) => n.endsWith(".mmd")).sort();
  expect(names).toHaveLength(4);
  const problems: string[] = [];
  await withDiagramRenderer(async (render) => {
    for (const name of names) {
      const source = await readFile(path.join(dir, name), "utf8");
      // A renderer that failed for every fixture would prove nothing, so only a parse refusal of a
      // listed fixture passes.
      let svg: string;
      try {
        svg = await render(source, "light");
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const refused = refusedByParser.has(name) && /(Lexical|Parse) error on line \d+/.test(message);
        if (!refused) problems.push(`${name}: did not render (${message.split("\n")[0]})`);
        continue;
      }
      if (!/^<svg[\s>]/.test(svg.trim())) problems.push(`${name}: no SVG element came back`);
      if (/\son[a-z]+\s*=/i.test(svg)) problems.push(`${name}: event handler attribute`);
      if (/javascript:/i.test(svg)) problems.push(`${name}: javascript: URL`);
      if (/<script/i.test(svg)) problems.push(`${name}: script element`);
      if (/body\s*\{\s*display:\s*none/i.test(svg)) problems.push(`${name}: CSS escaped its rule`);
      for (const [, css] of svg.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
        if (css?.includes("<")) problems.push(`${name}: markup inside a style element`);
      }
    }
  });
  expect(problems).toEqual([]);
});
