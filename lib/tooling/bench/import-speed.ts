import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { runImport } from "@/lib/import/server";

const words = (
  "request queue worker cache pool thread stream buffer socket index query lock retry timeout latency " +
  "shard replica leader follower token session cookie header payload schema migration rollback deploy " +
  "signal process memory heap profile trace metric alert budget tenant partition offset consumer producer"
).split(" ");

/** A deterministic sentence, so every run imports the same page. */
function sentence(seed: number, length: number): string {
  const out: string[] = [];
  for (let i = 0; i < length; i += 1) out.push(words[(seed * 7 + i * 13 + ((i * i) % 5)) % words.length]!);
  const text = out.join(" ");
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/** One accordion in the source format, with every part the importer looks for. */
function accordion(n: number): string {
  const para = (k: number) => `    ${[0, 1, 2, 3].map((j) => sentence(n * 31 + k * 5 + j, 14)).join(" ")}`;
  return [
    `  <Accordion title="${n}. How does the ${words[n % words.length]} ${words[(n * 3) % words.length]} behave under load (${n})?">`,
    "    **Answer:**",
    para(1),
    "",
    para(2),
    "",
    "    ```js",
    `    export function handle${n}(input) {`,
    `      return input.map((item) => item * ${n});`,
    "    }",
    "    ```",
    "",
    para(3),
    "",
    "    **What interviewers are really testing:**",
    `    - ${sentence(n, 10)}`,
    `    - ${sentence(n + 1, 10)}`,
    "",
    `    **Red flag answer:** "${sentence(n + 2, 12)}"`,
    "",
    "    **Follow-up:**",
    `    - "${sentence(n + 3, 9).replace(/\.$/, "?")}"`,
    `    - **${sentence(n + 4, 8).replace(/\.$/, "?")}** ${sentence(n + 5, 12)}`,
    "  </Accordion>",
    "",
  ].join("\n");
}

/** A page of accordions in sections of 25 questions, at least `bytes` long or `maxQuestions` questions. */
export function syntheticPage(
  bytes: number,
  maxQuestions = Number.POSITIVE_INFINITY,
): { text: string; questions: number } {
  const parts = ["# Synthetic bank", ""];
  let size = 0;
  let n = 0;
  while (size < bytes && n < maxQuestions) {
    if (n % 25 === 0) parts.push(`## ${n / 25 + 1}. Section ${n / 25 + 1}`, "", "<AccordionGroup>");
    n += 1;
    const block = accordion(n);
    parts.push(block);
    size += block.length;
    if (n % 25 === 0) parts.push("</AccordionGroup>", "");
  }
  if (n % 25 !== 0) parts.push("</AccordionGroup>", "");
  return { text: parts.join("\n"), questions: n };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Times `npm run import`'s work (read, convert, write) on a generated page: a first import, and a
 * re-import that matches every question against the import map.
 */
export async function measureImport(bytes = 450 * 1024, runs = 5) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "import-speed-"));
  try {
    const { text, questions } = syntheticPage(bytes);
    const file = path.join(dir, "page.mdx");
    await writeFile(file, text);
    const first: number[] = [];
    const again: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const out = path.join(dir, `out-${i}`);
      let started = performance.now();
      await runImport(file, "synthetic", out);
      first.push(performance.now() - started);
      started = performance.now();
      await runImport(file, "synthetic", out);
      again.push(performance.now() - started);
    }
    return { kb: Buffer.byteLength(text) / 1024, questions, firstMs: median(first), reimportMs: median(again), runs };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
