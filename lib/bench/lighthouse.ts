import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromeArgs, chromePath } from "../diagrams/chromium";

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
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

type Lhr = {
  categories: Record<string, { auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null }>;
};

/** A category's score recomputed the way Lighthouse does (weighted mean), leaving one audit out. */
function scoreWithout(lhr: Lhr, category: string, audit: string): number {
  const refs = (lhr.categories[category]?.auditRefs ?? []).filter((r) => r.id !== audit && r.weight > 0);
  const total = refs.reduce((sum, r) => sum + r.weight, 0);
  const scored = refs.reduce((sum, r) => sum + r.weight * (lhr.audits[r.id]?.score ?? 0), 0);
  return total > 0 ? Math.round((scored / total) * 100) : 0;
}

/** Lighthouse's default mobile preset, run `runs` times in Debian's Chromium; medians of each figure. */
export async function lighthouseMedian(url: string, runs = 3): Promise<LighthouseScores> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: chromeArgs });
  try {
    const results: LighthouseScores[] = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" });
      const lhr = result!.lhr as unknown as Lhr & NonNullable<typeof result>["lhr"];
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      results.push({
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        seo: score("seo"),
        seoExceptCrawlable: scoreWithout(lhr, "seo", "is-crawlable"),
        lcp: audit("largest-contentful-paint"),
        tbt: audit("total-blocking-time"),
        cls: audit("cumulative-layout-shift"),
      });
    }
    const pick = (k: keyof LighthouseScores) => median(results.map((r) => r[k]));
    return {
      performance: pick("performance"),
      accessibility: pick("accessibility"),
      bestPractices: pick("bestPractices"),
      seo: pick("seo"),
      seoExceptCrawlable: pick("seoExceptCrawlable"),
      lcp: pick("lcp"),
      tbt: pick("tbt"),
      cls: pick("cls"),
    };
  } finally {
    await chrome.kill();
  }
}
