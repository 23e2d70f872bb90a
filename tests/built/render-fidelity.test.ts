import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { multiTrack } from "@/lib/tooling/multi-track";
import { findLeaks, htmlPages } from "@/lib/tooling/render-fidelity";

/**
 * Reads every exported page and fails on any Markdown or MDX syntax a reader would see as text.
 * Runs after the build: the main export always, the multi-track export when it has been built.
 */
const mainOut = process.env.OUT_DIR ?? "out";
const exports = [mainOut, ...(existsSync(multiTrack.outDir) ? [multiTrack.outDir] : [])];

test.each(exports)("no page of %s shows raw Markdown or MDX", (dir) => {
  expect(existsSync(dir), `${dir} is missing: build first`).toBe(true);
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
