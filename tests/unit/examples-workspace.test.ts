import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { ensureWorkspaceInstalled } from "@/tests/support/content-examples/workspace";

async function scratchWorkspace(): Promise<{ dir: string; installs: string[] }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "followup-examples-"));
  await writeFile(path.join(dir, "package-lock.json"), '{"lockfileVersion":3}');
  return { dir, installs: [] };
}

test("a workspace without node_modules is installed", async () => {
  const { dir, installs } = await scratchWorkspace();
  expect(ensureWorkspaceInstalled(dir, (w) => installs.push(w))).toBe(true);
  expect(installs).toEqual([dir]);
  await rm(dir, { recursive: true });
});

test("a workspace installed from the same lockfile is not installed again", async () => {
  const { dir, installs } = await scratchWorkspace();
  ensureWorkspaceInstalled(dir, (w) => installs.push(w));
  expect(ensureWorkspaceInstalled(dir, (w) => installs.push(w))).toBe(false);
  expect(installs).toHaveLength(1);
  await rm(dir, { recursive: true });
});

test("a changed lockfile installs the workspace again", async () => {
  const { dir, installs } = await scratchWorkspace();
  ensureWorkspaceInstalled(dir, (w) => installs.push(w));
  await writeFile(path.join(dir, "package-lock.json"), '{"lockfileVersion":3,"packages":{}}');
  expect(ensureWorkspaceInstalled(dir, (w) => installs.push(w))).toBe(true);
  expect(installs).toHaveLength(2);
  await rm(dir, { recursive: true });
});
