import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// A client island is visible from its name: a file with the "use client" directive is `*.client.tsx`,
// and a `*.client.tsx` file is one.
const roots = ["components", "app"];
const directive = /^\s*(["'])use client\1;?\s*$/m;

const sourceFiles = roots.flatMap((root) =>
  readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.(ts|tsx|js|jsx|mjs)$/.test(file))
    .map((file) => join(root, file)),
);
const isIsland = (file: string) => directive.test(readFileSync(file, "utf8"));

describe("client island names", () => {
  it("finds the source files it checks", () => {
    expect(sourceFiles).toContain(join("components", "practice", "practice-app.client.tsx"));
  });

  it("names every file with the use client directive *.client.tsx", () => {
    expect(sourceFiles.filter((file) => isIsland(file) && !file.endsWith(".client.tsx"))).toEqual([]);
  });

  it("gives every *.client.tsx file the use client directive", () => {
    expect(sourceFiles.filter((file) => file.endsWith(".client.tsx") && !isIsland(file))).toEqual([]);
  });

  it("keeps app/ free of islands, so pages stay server components", () => {
    expect(sourceFiles.filter((file) => file.startsWith(join("app", "")) && isIsland(file))).toEqual([]);
  });
});
