/**
 * `npm run bench`: builds the site cold and warm, builds a blank Next.js page as the control, then
 * loads each page type in Chromium and prints what it weighs. Size budgets (tests/budgets.json)
 * are deterministic and fail the run; timings are printed for comparison, never judged.
 */
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { parseBenchArgs } from "../bench/bench-args";
import { buildBlankApp } from "../bench/blank-app";
import { stepRows } from "../bench/build-steps";
import { coldAndWarm, medianBuild, type BuildRun } from "../bench/build-runs";
import { precompressDir } from "../serve/precompress";
import { checkHtmlBudgets } from "../bench/html-budgets";
import { measurePage, measureSearchOpen, type PageWeight } from "../bench/measure-page";
import { serveDir } from "../bench/serve-dir";
import { coldRequestWait, largestTextRoutes, loadTest, type ColdResult, type LoadResult } from "../bench/load-test";
import { lighthouseRounds, type LighthouseSummary } from "../bench/lighthouse";
import { buildSearchIndex, measureQueries, sampleQueries, syntheticDocs } from "../bench/search-latency";
import { measureShardedSearch, measureWholeIndex, searchRows } from "../bench/search-transfer";
import { searchDocs } from "@/lib/search/server";
import { defaultTrackDir, loadTrack } from "@/lib/content/server";
import { chromeArgs, chromePath } from "../diagrams/chromium";
import { compileBody } from "@/lib/mdx/server";

const root = process.cwd();
const failures: string[] = [];
const budgets = JSON.parse(await readFile(path.join(root, "tests", "budgets.json"), "utf8"));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

let args: ReturnType<typeof parseBenchArgs>;
try {
  args = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
const { buildRuns, lighthouseRuns } = args;
const runs: BuildRun[] = [];
for (let run = 1; run <= buildRuns; run++) {
  console.log(
    `bench: build run ${run} of ${buildRuns}: cold (no .next, no out, no caches), then warm (nothing changed) ...`,
  );
  const result = await coldAndWarm(root);
  runs.push(result);
  console.log(
    `bench: run ${run}: cold ${(result.cold.wallMs / 1000).toFixed(1)} s, warm ${(result.warm.wallMs / 1000).toFixed(1)} s; load average ${result.load.map((l) => l.toFixed(1)).join(" / ")}`,
  );
  for (const line of result.differences) failures.push(`warm build differs from cold: ${line}`);
}
const coldBuild = medianBuild(runs.map((r) => r.cold));
const warmBuild = medianBuild(runs.map((r) => r.warm));
const [coldMs, warmMs] = [coldBuild.wallMs, warmBuild.wallMs];
const printBuild = () => {
  const stepTable = stepRows(coldBuild, warmBuild);
  const stepWidths = stepTable[0]!.map((_, i) => Math.max(...stepTable.map((r) => r[i]!.length)));
  console.log(
    `\nbuild steps, median of ${runs.length} run(s); CPU is user + system. Load averages (cold / warm): ${runs.map((r) => r.load.map((l) => l.toFixed(1)).join(" / ")).join("; ")}`,
  );
  console.log(stepTable.map((r) => r.map((c, i) => c.padEnd(stepWidths[i]!)).join("  ")).join("\n"));
  console.log(
    `build: cold ${(coldMs / 1000).toFixed(1)} s, warm ${(warmMs / 1000).toFixed(1)} s (warm/cold ${(warmMs / coldMs).toFixed(2)}); ` +
      `warm export ${runs.every((r) => r.differences.length === 0) ? "byte-identical to cold" : "DIFFERS from cold"}`,
  );
};
// `--only build`: stop after the builds (no control app, browser, load tests or Lighthouse).
if (args.onlyBuild) {
  printBuild();
  if (failures.length > 0) {
    console.error(`\nbuild broken:\n- ${failures.join("\n- ")}`);
    process.exit(1);
  }
  process.exit(0);
}

console.log("bench: compile time per question (empty cache) ...");
const track = await loadTrack(defaultTrackDir());
process.env.FOLLOWUP_MDX_CACHE_DIR = await mkdtemp(path.join(os.tmpdir(), "followup-bench-mdx-"));
const compileMs: number[] = [];
for (const q of track.questions) {
  const source = await readFile(path.join(root, q.file), "utf8");
  const started = performance.now();
  await compileBody(source.slice(source.indexOf("\n---", 3) + 4));
  compileMs.push(performance.now() - started);
}

console.log("bench: blank Next.js control build ...");
const blankOut = await buildBlankApp(root);
// The control is served like our pages: with the brotli and gzip copies a build writes.
await precompressDir(blankOut);

// BENCH_PORT moves the three loopback servers (site, control, a fresh site) to that port and the two after it.
const sitePort = Number(process.env.BENCH_PORT) || 3211;
const [blankPort, freshPort] = [sitePort + 1, sitePort + 2];
const site = await serveDir(root, path.join(root, "out"), sitePort);
const blank = await serveDir(root, blankOut, blankPort);
const browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs });
const firstSection = track.sections.find((s) => s.questions.length > 0)!;
// Every exported page is held to its type's HTML budget; the heaviest of a type is the one measured.
const htmlBudgets = await checkHtmlBudgets(path.join(root, "out"), [track.slug], budgets.maxHtmlGz);
failures.push(...htmlBudgets.failures);
const heaviest = htmlBudgets.heaviest;
const pageTypes: [string, string][] = [
  ["home", "/"],
  ["track", `/${track.slug}`],
  ["section", heaviest.get("section")!.route],
  ["question", heaviest.get("question")?.route ?? `/q/${firstSection.questions[0]!.id}`],
  ["catalog", "/questions"],
  ["404", "/q/__no_such_question__"],
  ["practice", "/practice"],
  ["progress", "/progress"],
  ["mock", "/mock"],
  ["plan", "/plan"],
];
const weights = new Map<string, PageWeight>();
let searchOpenJs = 0;
const loads: LoadResult[] = [];
let cold: ColdResult | undefined;
const lighthouse = new Map<string, LighthouseSummary>();
try {
  weights.set("blank", await measurePage(browser, `http://127.0.0.1:${blankPort}/`));
  for (const [name, url] of pageTypes)
    weights.set(name, await measurePage(browser, `http://127.0.0.1:${sitePort}${url}`));
  searchOpenJs = await measureSearchOpen(browser, `http://127.0.0.1:${sitePort}/`);
  console.log("bench: loopback load test (10 s per page, 200 connections) ...");
  const questionRoute = pageTypes.find(([name]) => name === "question")![1];
  for (const url of ["/", questionRoute]) loads.push(await loadTest(sitePort, url));
  console.log("bench: a cached request while 20 cold requests for the largest text files arrive ...");
  const fresh = await serveDir(root, path.join(root, "out"), freshPort);
  try {
    cold = await coldRequestWait(freshPort, await largestTextRoutes(path.join(root, "out"), 20), "/icon.svg");
  } finally {
    fresh.kill();
  }
  if (args.lighthouse) {
    console.log(`bench: Lighthouse, mobile preset, ${lighthouseRuns} interleaved rounds (control first) ...`);
    // Lighthouse will not audit a response with status 404, so the 404 page is audited at /404.
    const targets = pageTypes.map(([name, url]): [string, string] => [
      name,
      `http://127.0.0.1:${sitePort}${name === "404" ? "/404" : url}`,
    ]);
    const lh = await lighthouseRounds(`http://127.0.0.1:${blankPort}/`, targets, lighthouseRuns, (round) =>
      console.log(`bench: Lighthouse round ${round} of ${lighthouseRuns}`),
    );
    lighthouse.set("blank", lh.control);
    for (const [name, summary] of lh.pages) lighthouse.set(name, summary);
  }
} finally {
  await browser.close();
  site.kill();
  blank.kill();
}

const chunkDir = path.join(root, "out", "_next", "static", "chunks");
let mermaidBytes = 0;
for (const name of await readdir(chunkDir, { recursive: true })) {
  if (!String(name).endsWith(".js")) continue;
  const text = await readFile(path.join(chunkDir, String(name)), "utf8");
  if (/mermaid|flowchart-v2|securityLevel/.test(text)) mermaidBytes += Buffer.byteLength(text);
}

console.log("bench: search latency ...");
const docs = searchDocs([track]);
const queries = sampleQueries(docs);
const realSearch = measureQueries(buildSearchIndex(docs), queries);
const bigSearch = measureQueries(buildSearchIndex(syntheticDocs(docs, 1000)), queries);
const wholeIndex = measureWholeIndex(docs, queries);
const sharded = await measureShardedSearch(root, path.join(root, "out"), sitePort + 3, queries);
if (realSearch.p95 > budgets.searchP95Ms)
  failures.push(`search p95 ${realSearch.p95.toFixed(2)} ms (budget ${budgets.searchP95Ms} ms)`);
if (bigSearch.p95 > budgets.search1000P95Ms) {
  failures.push(`search p95 at 1,000 questions ${bigSearch.p95.toFixed(2)} ms (budget ${budgets.search1000P95Ms} ms)`);
}

const blankJs = weights.get("blank")!.jsGz;
const extraBudget: Record<string, number> = {
  home: budgets.homePageExtraJs,
  track: budgets.trackPageExtraJs,
  section: budgets.sectionPageExtraJs,
  question: budgets.questionPageExtraJs,
  catalog: budgets.catalogPageExtraJs,
  "404": budgets.notFoundPageExtraJs,
  practice: budgets.practicePageExtraJs,
  progress: budgets.progressPageExtraJs,
  mock: budgets.mockPageExtraJs,
  plan: budgets.planPageExtraJs,
};
const rows = [["page", "HTML gz", "JS gz", "scripts", "JS vs blank", "budget", "fonts"]];
for (const [name, w] of weights) {
  const extra = w.jsGz - blankJs;
  const budget = extraBudget[name];
  if (budget !== undefined && extra > budget)
    failures.push(`${name}: JS is ${kb(extra)} over blank (budget ${kb(budget)})`);
  rows.push([
    name,
    kb(w.htmlGz),
    kb(w.jsGz),
    String(w.scripts),
    name === "blank" ? "control" : `${extra >= 0 ? "+" : ""}${kb(extra)}`,
    budget === undefined ? "" : `≤ +${kb(budget)}`,
    `${kb(w.fontBytes)} in ${w.fonts}`,
  ]);
}
if (mermaidBytes > budgets.mermaidBytesInClientChunks)
  failures.push(`mermaid code in client chunks: ${mermaidBytes} bytes`);

for (const [kind, h] of heaviest) console.log(`heaviest of ${h.count} ${kind} pages: ${h.route} (${kb(h.gz)} gz)`);
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
console.log("\n" + rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join("  ")).join("\n"));
printBuild();
console.log(`compile: median ${median(compileMs).toFixed(1)} ms per question over ${compileMs.length} questions`);
console.log(`mermaid bytes in client chunks: ${mermaidBytes} (budget ${budgets.mermaidBytesInClientChunks})`);
console.log(
  `search: ${queries.length} queries, in memory (MiniSearch, kept as the reference for the rank tests), real track (${docs.length}) p50 ${realSearch.p50.toFixed(2)} ms p95 ${realSearch.p95.toFixed(2)} ms; ` +
    `1,000 questions p50 ${bigSearch.p50.toFixed(2)} ms p95 ${bigSearch.p95.toFixed(2)} ms; dialog adds ${kb(searchOpenJs)} JS gz on first open`,
);
for (const row of searchRows(`(${docs.length} questions)`, wholeIndex, sharded)) console.log(row);

if (lighthouse.size > 0) {
  const lh = [["page", "perf", "perf runs", "a11y", "best", "seo", "LCP ms", "TBT ms", "TBT vs blank", "CLS"]];
  for (const [name, r] of lighthouse) {
    lh.push([
      name,
      String(r.performance),
      r.performanceRuns.join(","),
      ...[r.accessibility, r.bestPractices].map(String),
      name === "404" ? `${r.seo} (${r.seoExceptCrawlable} without noindex)` : String(r.seo),
      ...[Math.round(r.lcp), Math.round(r.tbt)].map(String),
      name === "blank" ? "control" : `${r.tbtOverControl >= 0 ? "+" : ""}${Math.round(r.tbtOverControl)}`,
      r.cls.toFixed(3),
    ]);
    const unscored = r.performanceRuns.filter((run) => typeof run === "string");
    if (unscored.length > 0)
      console.log(
        `note: ${name}: Lighthouse could not score ${unscored.length} of ${r.performanceRuns.length} rounds (${unscored.join(", ")}); the medians use the others`,
      );
    if (unscored.length === r.performanceRuns.length) failures.push(`${name}: Lighthouse could not score any round`);
    if (name === "blank") continue;
    // Category scores are stable enough to gate; timings are reported against the control only.
    for (const [label, value] of [
      ["accessibility", r.accessibility],
      ["best practices", r.bestPractices],
      // A 404 page is marked noindex on purpose; every other SEO audit must still pass there.
      ["SEO", name === "404" ? r.seoExceptCrawlable : r.seo],
    ] as const) {
      if (value < 100) failures.push(`${name}: Lighthouse ${label} ${value} (target 100)`);
    }
    if (r.performance < 95) console.log(`note: ${name} Lighthouse performance ${r.performance} is under the 95 target`);
    if (r.tbtOverControl > 50)
      console.log(
        `note: ${name} TBT is ${Math.round(r.tbtOverControl)} ms over blank's in the same rounds (target ≤ 50)`,
      );
  }
  const w = lh[0]!.map((_, i) => Math.max(...lh.map((row) => row[i]!.length)));
  console.log(
    `\nLighthouse medians of the rounds each page was scored in (${lighthouse.get("blank")!.performanceRuns.length} rounds); "TBT vs blank" is the median of each round's difference`,
  );
  console.log(lh.map((row) => row.map((c, i) => c.padEnd(w[i]!)).join("  ")).join("\n"));
}

for (const l of loads) {
  console.log(`load ${l.path}: ${Math.round(l.rps)} req/s, p99 ${l.p99} ms, errors ${l.errors}`);
  if (l.errors > 0) failures.push(`load test on ${l.path}: ${l.errors} errors`);
}
if (cold) {
  console.log(
    `cold: 20 cold compressed requests answered in ${Math.round(cold.coldMs)} ms; a cached request waited at most ${Math.round(cold.worstCachedMs)} ms`,
  );
}

await mkdir(path.join(root, "bench-results"), { recursive: true });
await writeFile(
  path.join(root, "bench-results", "latest.json"),
  JSON.stringify(
    {
      coldMs,
      warmMs,
      coldSteps: coldBuild.steps,
      warmSteps: warmBuild.steps,
      compileMedianMs: median(compileMs),
      pages: Object.fromEntries(weights),
      mermaidBytes,
    },
    null,
    2,
  ),
);
if (failures.length > 0) {
  console.error(`\nbudget broken:\n- ${failures.join("\n- ")}`);
  process.exit(1);
}
console.log("\nall size budgets hold");
