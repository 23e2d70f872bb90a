import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { checkHtmlBudgets } from "@/lib/tooling/bench/html-budgets";
import { exportDir } from "./export";

const budgets = JSON.parse(readFileSync("tests/budgets.json", "utf8")) as { maxHtmlGz: Record<string, number> };
const deck = JSON.parse(readFileSync(path.join(exportDir, "practice", "deck.json"), "utf8")) as {
  tracks: { slug: string }[];
};

test("every exported page stays within its type's gzipped HTML budget in tests/budgets.json", async () => {
  const { heaviest, failures } = await checkHtmlBudgets(
    exportDir,
    deck.tracks.map((t) => t.slug),
    budgets.maxHtmlGz,
  );
  for (const kind of ["home", "track", "section", "question", "catalog", "404"]) {
    expect(heaviest.has(kind), `a ${kind} page was checked`).toBe(true);
  }
  expect(failures).toEqual([]);
});
