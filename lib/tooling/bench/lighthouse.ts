import { chromeArgs, chromePath } from "../diagrams/chromium";
import { loadChromeLauncher, loadLighthouse, type Lighthouse, type LighthouseResult } from "./bench-tools";

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** SEO without the crawlability audit, for the 404 page, which is noindex on purpose. */
  seoExceptCrawlable: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Lighthouse's code when it could not score the run (`NO_FCP`, a protocol timeout ...). */
  error?: string;
}

export interface LighthouseSummary extends LighthouseScores {
  runs: number;
  /** Every run's performance score, in round order, so the spread is visible next to the median;
   * a run Lighthouse could not score shows its error code instead, and counts in no median. */
  performanceRuns: (number | string)[];
  /** Median over rounds of (this page's TBT − the control's TBT in the same round). */
  tbtOverControl: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

type Lhr = LighthouseResult["lhr"];

/** A category's score recomputed the way Lighthouse does (weighted mean), leaving one audit out. */
function scoreWithout(lhr: Lhr, category: string, audit: string): number {
  const refs = (lhr.categories[category]?.auditRefs ?? []).filter((r) => r.id !== audit && r.weight > 0);
  const total = refs.reduce((sum, r) => sum + r.weight, 0);
  const scored = refs.reduce((sum, r) => sum + r.weight * (lhr.audits[r.id]?.score ?? 0), 0);
  return total > 0 ? Math.round((scored / total) * 100) : 0;
}

async function audit(lighthouse: Lighthouse, url: string, port: number): Promise<LighthouseScores> {
  const result = await lighthouse(url, { port, output: "json", logLevel: "error" });
  const lhr = result!.lhr;
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const error = lhr.runtimeError?.code ?? (lhr.categories.performance?.score == null ? "NO_SCORE" : undefined);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    seoExceptCrawlable: scoreWithout(lhr, "seo", "is-crawlable"),
    lcp: numeric("largest-contentful-paint"),
    tbt: numeric("total-blocking-time"),
    cls: numeric("cumulative-layout-shift"),
    ...(error ? { error } : {}),
  };
}

/**
 * Lighthouse's default mobile preset in Debian's Chromium, in interleaved rounds: each round audits
 * the control and then every page once, so a slow minute on this shared machine lands on all of
 * them alike. Returns each page's medians, and its TBT against the control's in the same round.
 */
export async function lighthouseRounds(
  control: string,
  pages: [name: string, url: string][],
  rounds: number,
  onRound?: (round: number) => void,
): Promise<{ control: LighthouseSummary; pages: Map<string, LighthouseSummary> }> {
  const [lighthouse, launch] = [await loadLighthouse(), await loadChromeLauncher()];
  const chrome = await launch({ chromePath, chromeFlags: chromeArgs });
  const controlRuns: LighthouseScores[] = [];
  const pageRuns = new Map<string, LighthouseScores[]>(pages.map(([name]) => [name, []]));
  try {
    for (let round = 0; round < rounds; round++) {
      onRound?.(round + 1);
      controlRuns.push(await audit(lighthouse, control, chrome.port));
      for (const [name, url] of pages) pageRuns.get(name)!.push(await audit(lighthouse, url, chrome.port));
    }
  } finally {
    await chrome.kill();
  }
  const summarise = (runs: LighthouseScores[]): LighthouseSummary => {
    // A run Lighthouse could not score would count as zeros; the medians use the runs it scored.
    const scored = runs.some((r) => !r.error) ? runs.filter((r) => !r.error) : runs;
    const pick = (k: Exclude<keyof LighthouseScores, "error">) => median(scored.map((r) => r[k]));
    return {
      performance: pick("performance"),
      accessibility: pick("accessibility"),
      bestPractices: pick("bestPractices"),
      seo: pick("seo"),
      seoExceptCrawlable: pick("seoExceptCrawlable"),
      lcp: pick("lcp"),
      tbt: pick("tbt"),
      cls: pick("cls"),
      runs: scored.length,
      performanceRuns: runs.map((r) => r.error ?? r.performance),
      tbtOverControl: median(
        runs.flatMap((r, i) => (r.error || controlRuns[i]!.error ? [] : [r.tbt - controlRuns[i]!.tbt])),
      ),
    };
  };
  return {
    control: summarise(controlRuns),
    pages: new Map([...pageRuns].map(([name, runs]) => [name, summarise(runs)])),
  };
}
