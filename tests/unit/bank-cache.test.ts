import { mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { readBankCache, writeBankCache } from "@/lib/content/bank-cache";
import type { LoadedTrack } from "@/lib/content/load";
import { inputsHash } from "@/lib/tooling/build/inputs-hash.mjs";

const roots = ["/site/content"];
const question = { id: "event-loop-phases" };
const bank = [
  { slug: "nodejs", title: "Node.js", sections: [{ slug: "runtime", questions: [question] }], questions: [question] },
] as unknown as LoadedTrack[];
let project: string;

beforeEach(async () => {
  project = await mkdtemp(path.join(os.tmpdir(), "followup-bank-"));
  vi.spyOn(process, "cwd").mockReturnValue(project);
});
afterEach(() => vi.restoreAllMocks());

const cacheDir = () => path.join(project, "node_modules", ".cache", "followup-bank");

it("gives back the bank written under the same key and roots", async () => {
  await writeBankCache(roots, "key-1", bank);
  expect(await readBankCache(roots, "key-1")).toEqual(bank);
});

it("gives back a track whose question list holds its sections' own question objects, as the loader's does", async () => {
  await writeBankCache(roots, "key-1", bank);
  const [track] = (await readBankCache(roots, "key-1"))!;
  expect(track!.questions[0]).toBe(track!.sections[0]!.questions[0]);
});

it("misses when the inputs hash differs", async () => {
  await writeBankCache(roots, "key-1", bank);
  expect(await readBankCache(roots, "key-2")).toBeUndefined();
});

it("misses when the content roots differ", async () => {
  await writeBankCache(roots, "key-1", bank);
  expect(await readBankCache([...roots, "/site/tests/fixtures/tracks"], "key-1")).toBeUndefined();
});

it("misses without a key, so a process outside a build always loads afresh", async () => {
  await writeBankCache(roots, "key-1", bank);
  expect(await readBankCache(roots, undefined)).toBeUndefined();
});

it("treats an unreadable entry as a miss", async () => {
  await writeBankCache(roots, "key-1", bank);
  const [entry] = await readdir(cacheDir());
  await writeFile(path.join(cacheDir(), entry!), '[{"slug": "nodejs"');
  expect(await readBankCache(roots, "key-1")).toBeUndefined();
});

it("keeps only the newest bank", async () => {
  await writeBankCache(roots, "key-1", bank);
  await writeBankCache(roots, "key-2", bank);
  expect(await readdir(cacheDir())).toHaveLength(1);
});

it("changes the inputs hash when any input file changes", async () => {
  for (const dir of ["app", "components", "content", "lib", "public"]) await mkdir(path.join(project, dir));
  for (const file of ["next.config.mjs", "package-lock.json"]) await writeFile(path.join(project, file), "{}");
  await writeFile(path.join(project, "content", "q.mdx"), "first");
  const before = inputsHash({}, project);
  await writeFile(path.join(project, "content", "q.mdx"), "second");
  expect(inputsHash({}, project)).not.toBe(before);
});

it("counts extra content roots as inputs", async () => {
  for (const dir of ["app", "components", "content", "lib", "public", "extra"]) await mkdir(path.join(project, dir));
  for (const file of ["next.config.mjs", "package-lock.json"]) await writeFile(path.join(project, file), "{}");
  await writeFile(path.join(project, "extra", "q.mdx"), "first");
  const before = inputsHash({ FOLLOWUP_CONTENT_DIRS: "extra" }, project);
  await writeFile(path.join(project, "extra", "q.mdx"), "second");
  expect(inputsHash({ FOLLOWUP_CONTENT_DIRS: "extra" }, project)).not.toBe(before);
});

it("serves pages from the bank the content check left for this build's inputs", async () => {
  vi.stubEnv("FOLLOWUP_BANK_KEY", "key-1");
  vi.stubEnv("FOLLOWUP_CONTENT_DIRS", "");
  await writeBankCache([path.join(project, "content")], "key-1", bank);
  vi.resetModules();
  const { getTracks } = await import("@/lib/content/load");
  expect(await getTracks()).toEqual(bank);
  vi.unstubAllEnvs();
});
