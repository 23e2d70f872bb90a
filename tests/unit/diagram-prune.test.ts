import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { diagramsIn, staleDiagramFiles } from "@/lib/tooling/diagrams/track-diagrams";

/** A copy of the valid fixture track whose first answer ends with one mermaid diagram. */
async function trackWithDiagram(root: string, name: string, diagram: string): Promise<string> {
  const dir = path.join(root, name);
  await cp(path.join("tests", "fixtures", "content", "valid-track"), dir, { recursive: true });
  const file = path.join(dir, "01-basics", "first.mdx");
  await writeFile(file, `${await readFile(file, "utf8")}\n\`\`\`mermaid\n${diagram}\n\`\`\`\n`);
  return dir;
}

test("a diagram only another track uses is not stale when one track's diagrams are rendered", async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), "followup-prune-"));
  const one = await trackWithDiagram(root, "one", "flowchart LR\n  A --> B");
  const two = await trackWithDiagram(root, "two", "flowchart LR\n  C --> D");
  const [ofOne] = await diagramsIn([one]);
  const [ofTwo] = await diagramsIn([two]);
  const files = [`${ofOne!.hash}-light.svg`, `${ofTwo!.hash}-dark.svg`, "0123456789abcdef-light.svg"];
  const everyTrack = new Set((await diagramsIn([one, two])).map((d) => d.hash));
  expect(staleDiagramFiles(files, everyTrack)).toEqual(["0123456789abcdef-light.svg"]);
});

test("counting only the rendered track would delete the other track's drawing", async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), "followup-prune-"));
  const one = await trackWithDiagram(root, "one", "flowchart LR\n  A --> B");
  const two = await trackWithDiagram(root, "two", "flowchart LR\n  C --> D");
  const [ofTwo] = await diagramsIn([two]);
  const onlyOne = new Set((await diagramsIn([one])).map((d) => d.hash));
  expect(staleDiagramFiles([`${ofTwo!.hash}-light.svg`], onlyOne)).toEqual([`${ofTwo!.hash}-light.svg`]);
});

test("a file in the diagram folder that is not a themed SVG of a known hash is stale", () => {
  expect(
    staleDiagramFiles(["abc123-light.svg", "abc123-dark.svg", "abc123.png", "notes.txt"], new Set(["abc123"])),
  ).toEqual(["abc123.png", "notes.txt"]);
});

test("diagramsIn reports where each diagram stands", async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), "followup-prune-"));
  const one = await trackWithDiagram(root, "one", "flowchart LR\n  A --> B");
  const [found] = await diagramsIn([one]);
  expect(found).toMatchObject({ file: path.relative(process.cwd(), path.join(one, "01-basics", "first.mdx")) });
  expect(found!.source).toContain("A --> B");
});
