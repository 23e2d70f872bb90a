import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "vitest";
import { exportDir } from "./export";

const committed = path.join(process.cwd(), "public", "diagrams");

// The build's content check refuses to build while any committed SVG is not already sanitised, so
// an export that holds each one byte for byte ships only sanitised diagrams.
test("the export ships every committed diagram SVG unchanged", async () => {
  const names = (await readdir(committed)).filter((name) => name.endsWith(".svg")).sort();
  expect(names.length).toBeGreaterThan(0);
  const changed: string[] = [];
  for (const name of names) {
    const shipped = await readFile(path.join(exportDir, "diagrams", name)).catch(() => undefined);
    if (!shipped?.equals(await readFile(path.join(committed, name)))) changed.push(name);
  }
  expect(changed).toEqual([]);
});
