import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import { MdxBody } from "@/components/mdx/mdx-body";
import { loadTrack } from "@/lib/content/load";
import { diagramFile, diagramHash } from "@/lib/diagrams/cache";
import { compileBody } from "@/lib/mdx/compile";

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
  const html = renderToStaticMarkup(
    createElement(MdxBody, { code: track.questions[1]!.code, questionId: track.questions[1]!.id }),
  );

  expect(html).toContain(
    `<img class="diagram diagram-light" src="/diagrams/${hash}-light.svg" alt="A points to B" width="120" height="40"`,
  );
  expect(html).toContain(`src="/diagrams/${hash}-dark.svg"`);
});

test("re-rendering a diagram updates the size a compiled body gives it", async () => {
  const source = "flowchart LR\n  C --> D";
  const dir = await mkdtemp(path.join(os.tmpdir(), "followup-rerender-"));
  process.env.FOLLOWUP_DIAGRAM_DIR = dir;
  process.env.FOLLOWUP_MDX_CACHE_DIR = path.join(dir, "mdx-cache");
  const hash = diagramHash(source);
  const body = `\`\`\`mermaid alt="C points to D"\n${source}\n\`\`\`\n`;
  const render = async (width: number, height: number) => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}"></svg>`;
    await writeFile(diagramFile(hash, "light"), svg);
    await writeFile(diagramFile(hash, "dark"), svg);
    const { code } = await compileBody(body);
    return renderToStaticMarkup(createElement(MdxBody, { code, questionId: "q" }));
  };
  try {
    expect(await render(120, 40)).toContain('width="120" height="40"');
    expect(await render(300, 90)).toContain('width="300" height="90"');
  } finally {
    delete process.env.FOLLOWUP_MDX_CACHE_DIR;
  }
});
