/**
 * `npm run bench:growth`: builds a synthetic track of 2,000 questions (8 sections of 250) in a
 * scratch copy of the project and reports build time, peak memory, the largest page and search
 * latency, so growth costs are measured rather than assumed. With GROWTH_IMPORTED=N the bank is
 * instead one generated accordion page of N questions run through the importer.
 */
import { gzipSync } from "node:zlib";
import { spawnSync } from "node:child_process";
import { cp, mkdir, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { sampleQueries } from "../bench/search-latency";
import { measureShardedSearch, measureWholeIndex, searchRows } from "../bench/search-transfer";
import { loadTrack } from "@/lib/content/server";
import { searchDocs } from "@/lib/search/server";
import { diagramHash, isDiagramCached } from "@/lib/diagrams/server";
import { checkHtmlBudgets } from "../bench/html-budgets";
import { measureImport, syntheticPage } from "../bench/import-speed";
import { runImport } from "@/lib/import/server";

// Diagrams not yet in the committed cache are dropped from the synthetic copies.
const keepCachedDiagrams = (text: string) =>
  text.replace(/```mermaid[^\n]*\n([\s\S]*?)```\n?/g, (block, body: string) =>
    isDiagramCached(diagramHash(body.replace(/\n$/, ""))) ? block : "",
  );

const root = process.cwd();
const size = Number(process.env.GROWTH_QUESTIONS ?? 2000);
const work = path.join(os.tmpdir(), "followup-growth");
await rm(work, { recursive: true, force: true });
await mkdir(work, { recursive: true });
for (const entry of [
  "app",
  "components",
  "lib",
  "public",
  "next.config.mjs",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
]) {
  await cp(path.join(root, entry), path.join(work, entry), { recursive: true });
}
await symlink(path.join(root, "node_modules"), path.join(work, "node_modules"));

const imported = Number(process.env.GROWTH_IMPORTED ?? 0);
const trackSlug = imported > 0 ? "imported" : "nodejs";
const track = path.join(work, "content", trackSlug);

/** Synthetic questions reuse our own answers as bodies, under new ids, spread over 8 sections. */
async function writeSyntheticTrack(): Promise<number> {
  const source = path.join(root, "content", "nodejs");
  const manifest = JSON.parse(await readFile(path.join(source, "track.json"), "utf8"));
  const templates: string[] = [];
  for (const dir of (await readdir(source)).filter((d) => /^\d\d-/.test(d)).sort()) {
    for (const file of (await readdir(path.join(source, dir))).filter((f) => f.endsWith(".mdx"))) {
      templates.push(keepCachedDiagrams(await readFile(path.join(source, dir, file), "utf8")));
    }
  }
  const perSection = Math.ceil(size / manifest.sections.length);
  for (const [s, section] of manifest.sections.entries()) {
    section.questionCount = perSection;
    const dir = path.join(track, `${String(s + 1).padStart(2, "0")}-${section.slug}`);
    await mkdir(dir, { recursive: true });
    for (let i = 0; i < perSection; i += 1) {
      const template = templates[(s * perSection + i) % templates.length]!;
      const text = template
        .replace(/^id: .*$/m, `id: synthetic-${s + 1}-${i + 1}`)
        .replace(/^section: .*$/m, `section: ${section.slug}`)
        .replace(/^order: .*$/m, `order: ${i + 1}`)
        .replace(/^related: .*$/m, "related: []")
        .replace(
          /^title: (.*)$/m,
          (_, t) =>
            `title: ${JSON.stringify(`${JSON.parse(t.startsWith('"') ? t : JSON.stringify(t))} (${s + 1}.${i + 1})`)}`,
        );
      await writeFile(path.join(dir, `synthetic-${i + 1}.mdx`), text);
    }
  }
  await writeFile(path.join(track, "track.json"), JSON.stringify(manifest));
  return perSection * manifest.sections.length;
}

/** GROWTH_IMPORTED=N: a generated accordion page of N questions, run through the importer as the whole bank. */
async function writeImportedTrack(): Promise<number> {
  const page = path.join(work, "imported-page.mdx");
  const { text, questions } = syntheticPage(Number.POSITIVE_INFINITY, imported);
  await writeFile(page, text);
  // A benchmark measures the build at this size, so the importer's time limit does not apply.
  await runImport(page, trackSlug, track, { timeLimitMs: Number.POSITIVE_INFINITY });
  return questions;
}

const total = imported > 0 ? await writeImportedTrack() : await writeSyntheticTrack();

console.log(`growth: building ${total} questions ...`);
const started = performance.now();
// GNU time prints the peak resident set size (KiB) of the largest process in the build on stderr.
const build = spawnSync("/usr/bin/time", ["-f", "%M", "npm", "run", "build", "--silent"], {
  cwd: work,
  encoding: "utf8",
  stdio: ["ignore", "ignore", "pipe"],
  env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=8192" },
});
if (build.status !== 0) {
  console.error(build.stderr);
  process.exit(1);
}
const buildSeconds = (performance.now() - started) / 1000;
const peakMiB = Number(build.stderr.trim().split("\n").at(-1)) / 1024;

const budgets = JSON.parse(await readFile(path.join(root, "tests", "budgets.json"), "utf8"));
const { heaviest, failures } = await checkHtmlBudgets(path.join(work, "out"), [trackSlug], budgets.maxHtmlGz);

const loaded = await loadTrack(track);
const docs = searchDocs([loaded]);
const queries = sampleQueries(docs);
const wholeIndex = measureWholeIndex(docs, queries);
const sharded = await measureShardedSearch(
  root,
  path.join(work, "out"),
  Number(process.env.BENCH_PORT) || 3221,
  queries,
);

console.log(`growth: ${total} questions built in ${buildSeconds.toFixed(0)} s, peak memory ${peakMiB.toFixed(0)} MiB`);
for (const [kind, l] of [...heaviest].sort((x, y) => y[1].gz - x[1].gz)) {
  console.log(
    `growth: largest of ${l.count} ${kind} pages ${l.route}: ${(l.bytes / 1024).toFixed(0)} KB (${(l.gz / 1024).toFixed(0)} KB gz)`,
  );
}
// The static JSON files the islands fetch grow with the track too; printed so that growth is seen.
for (const file of ["practice/deck.json", "questions/catalog.json", "search-index/head.json"]) {
  const data = await readFile(path.join(work, "out", file));
  console.log(
    `growth: ${file} ${(data.length / 1024).toFixed(0)} KB (${(gzipSync(data, { level: 9 }).length / 1024).toFixed(0)} KB gz)`,
  );
}
for (const row of searchRows(`(${docs.length} questions)`, wholeIndex, sharded)) console.log(`growth: ${row}`);
// Bytes are deterministic, so they are judged; the timing is printed for comparison.
if (
  sharded.firstResultGz.max > budgets.search2000FirstResultGz ||
  sharded.perQueryGz.max > budgets.search2000PerQueryGz
) {
  console.error("growth: search transfers more than its budget (tests/budgets.json search2000*)");
  process.exitCode = 1;
}
const importSpeed = await measureImport();
console.log(
  `growth: importing a ${importSpeed.kb.toFixed(0)} KB page of ${importSpeed.questions} questions takes ${importSpeed.firstMs.toFixed(0)} ms, ` +
    `re-importing it ${importSpeed.reimportMs.toFixed(0)} ms (median of ${importSpeed.runs}; budget ${budgets.import450KbMs} ms)`,
);
if (Math.max(importSpeed.firstMs, importSpeed.reimportMs) > budgets.import450KbMs) {
  console.error(`growth: importing is over its budget (tests/budgets.json import450KbMs)`);
  process.exitCode = 1;
}
if (failures.length > 0) {
  console.error(`growth: pages over their HTML budget (tests/budgets.json):\n- ${failures.join("\n- ")}`);
  process.exit(1);
}
console.log("growth: every page is inside its HTML budget");
