import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { diagramFile, diagramHash, diagramThemes } from "@/lib/diagrams/cache";
import { remarkDiagrams } from "@/lib/mdx/remark-diagrams";
import { walkMdx } from "@/lib/mdx/walk-mdx";
import { pluginFixture, runPluginOnFixture } from "./mdx-plugin-fixture";

// The image names carry the installed mermaid version's hash, so a mermaid upgrade changes this
// snapshot too, as it changes every page that shows a diagram.
beforeAll(async () => {
  process.env.FOLLOWUP_DIAGRAM_DIR = await mkdtemp(path.join(os.tmpdir(), "followup-plugin-diagrams-"));
  const input = await readFile(pluginFixture("remark-diagrams", "input.mdx"), "utf8");
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 80"></svg>';
  for (const { source } of walkMdx(input).diagrams) {
    for (const theme of diagramThemes) await writeFile(diagramFile(diagramHash(source), theme), svg);
  }
});

test("remark-diagrams turns the fixture's diagrams into exactly the committed tree", async () => {
  const output = await runPluginOnFixture("remark-diagrams", remarkDiagrams);
  await expect(output).toMatchFileSnapshot(pluginFixture("remark-diagrams", "output.json"));
});
