import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import { MdxBody } from "@/components/mdx/mdx-body";
import { loadTrack } from "@/lib/content/load";
import { diagramFile, diagramHash } from "@/lib/diagrams/cache";

test("a cached diagram compiles to a light and a dark image with alt text and size", async () => {
  const source = "flowchart LR\n  A --> B";
  const dir = await mkdtemp(path.join(os.tmpdir(), "followup-diagram-"));
  process.env.FOLLOWUP_DIAGRAM_DIR = dir;
  await cp(path.join("tests", "fixtures", "content", "valid-track"), path.join(dir, "track"), { recursive: true });
  const file = path.join(dir, "track", "01-basics", "second.mdx");
  await writeFile(file, `${await readFile(file, "utf8")}\n\`\`\`mermaid alt="A points to B"\n${source}\n\`\`\`\n`);
  const hash = diagramHash(source);
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"></svg>';
  await writeFile(diagramFile(hash, "light"), svg);
  await writeFile(diagramFile(hash, "dark"), svg);

  const track = await loadTrack(path.join(dir, "track"));
  const html = renderToStaticMarkup(createElement(MdxBody, { code: track.questions[1]!.code }));

  expect(html).toContain(
    `<img class="diagram diagram-light" src="/diagrams/${hash}-light.svg" alt="A points to B" width="120" height="40"`,
  );
  expect(html).toContain(`src="/diagrams/${hash}-dark.svg"`);
});
