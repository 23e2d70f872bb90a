import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { importPage } from "@/lib/import/import-page";
import { renderImportedDiagrams } from "@/lib/tooling/diagrams/import-diagrams";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "import-diagrams-"));
  process.env.FOLLOWUP_DIAGRAM_DIR = path.join(dir, "diagrams");
});
afterEach(async () => {
  delete process.env.FOLLOWUP_DIAGRAM_DIR;
  await rm(dir, { recursive: true, force: true });
});

const accordion = (title: string, body: string) => `<Accordion title="${title}">\n${body}\n</Accordion>\n`;

test("a diagram that does not parse is listed with its file and line, and no browser is needed for it", async () => {
  const broken = ["**Answer:** The flow below is drawn.", "", "```mermaid", "flowchart LR", "  A -->", "```"].join(
    "\n",
  );
  const page = `# Diagrams\n\n${accordion("1. How does a request flow?", broken)}${accordion("2. Second?", "**Answer:** plain.")}`;
  const result = importPage(page, { file: "diagrams.mdx", track: "demo" });
  for (const [file, text] of result.files) {
    await mkdir(path.dirname(path.join(dir, "out", file)), { recursive: true });
    await writeFile(path.join(dir, "out", file), text);
  }
  const run = await renderImportedDiagrams(path.join(dir, "out"));
  expect(run.rendered).toBe(0);
  expect(run.problems).toHaveLength(1);
  expect(run.problems[0]).toMatch(
    /^.*\/out\/01-general\/demo-how-does-a-request-flow\.mdx:\d+: body: diagram does not parse: /,
  );
});
