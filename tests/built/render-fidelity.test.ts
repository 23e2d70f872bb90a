import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { findLeaks, htmlPages } from "@/lib/tooling/render-fidelity";
import { exportDir } from "./export";

/**
 * Reads every exported page and fails on any Markdown or MDX syntax a reader would see as text:
 * the test build (every shipped track plus the fixture and imported tracks) always, and the
 * site's own export too when `npm run build` has written it.
 */
const siteOut = path.resolve(process.env.OUT_DIR ?? "out");
const exports = [exportDir, ...(existsSync(path.join(siteOut, "index.html")) ? [siteOut] : [])];

test.each(exports)("no page of %s shows raw Markdown or MDX", (dir) => {
  const problems: string[] = [];
  let checked = 0;
  for (const page of htmlPages(dir)) {
    const { hasMain, leaks } = findLeaks(readFileSync(path.join(dir, page), "utf8"));
    if (hasMain) checked++;
    for (const leak of leaks) problems.push(`${dir}/${page}: ${leak.rule}: ${leak.excerpt}`);
  }
  console.log(`render fidelity: ${checked} pages of ${dir} checked, ${problems.length} leaks`);
  expect(checked).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});
