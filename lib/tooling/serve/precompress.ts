/**
 * Writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip, level 9) beside every text file of
 * the export, so the server never compresses while answering. Runs on libuv's thread pool, a few
 * files at a time. Copies that would not be smaller, and files too small to gain, are skipped.
 * Quality 11 is slow, so compressed bytes are kept in a cache keyed by the hash of the input:
 * a rebuild compresses only files whose bytes changed. The React Server Component payloads
 * (`.txt` beside each page) are left out: they serve client-side navigation, and no page here
 * navigates client-side (links are plain anchors), so no browser ever asks for them.
 */
import { createHash } from "node:crypto";
import { lstat, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { hostConfigFiles } from "./security-headers";
import { compressibleExtensions } from "./response-headers";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
/** Below this many bytes a compressed copy saves less than its own headers cost. */
const MIN_BYTES = 512;
/** Part of every cache key: change it when the settings below change. */
const SETTINGS = "br11-gz9";

/** A `.txt` named like Next's segment payloads, or sharing its name with a page's `.html`. */
export function isRscPayload(rel: string, exported: ReadonlySet<string>): boolean {
  if (path.extname(rel) !== ".txt") return false;
  return path.basename(rel).startsWith("__next.") || exported.has(rel.replace(/\.txt$/, ".html"));
}

export interface PrecompressResult {
  files: number;
  compressed: number;
  bytes: number;
  brBytes: number;
}

export interface PrecompressOptions {
  /** Files compressed at once. */
  parallel?: number;
  /** Where compressed bytes are kept between builds; none when undefined. */
  cacheDir?: string;
}

async function compressed(
  raw: Buffer,
  cacheDir: string | undefined,
  used: Set<string>,
): Promise<[Buffer, Buffer, boolean]> {
  const key = createHash("sha256").update(SETTINGS).update(raw).digest("hex");
  used.add(`${key}.br`).add(`${key}.gz`);
  if (cacheDir) {
    const hit = await Promise.all([
      readFile(path.join(cacheDir, `${key}.br`)),
      readFile(path.join(cacheDir, `${key}.gz`)),
    ]).catch(() => null);
    if (hit) return [hit[0], hit[1], false];
  }
  const [br, gz] = await Promise.all([
    brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
    gzipAsync(raw, { level: 9 }),
  ]);
  if (cacheDir) {
    await writeFile(path.join(cacheDir, `${key}.br`), br);
    await writeFile(path.join(cacheDir, `${key}.gz`), gz);
  }
  return [br, gz, true];
}

export async function precompressDir(out: string, options: PrecompressOptions = {}): Promise<PrecompressResult> {
  const { parallel = 4, cacheDir } = options;
  if (cacheDir) await mkdir(cacheDir, { recursive: true });
  const all = await readdir(out, { recursive: true });
  const exported = new Set(all);
  const names = all
    .filter((rel) => compressibleExtensions.includes(path.extname(rel)) && !hostConfigFiles.includes(rel))
    .filter((rel) => !isRscPayload(rel, exported))
    .map((rel) => path.join(out, rel));
  const result: PrecompressResult = { files: 0, compressed: 0, bytes: 0, brBytes: 0 };
  const used = new Set<string>();
  const one = async (file: string) => {
    if (!(await lstat(file)).isFile()) return;
    const raw = await readFile(file);
    if (raw.length < MIN_BYTES) return;
    const [br, gz, fresh] = await compressed(raw, cacheDir, used);
    if (br.length < raw.length) await writeFile(`${file}.br`, br);
    if (gz.length < raw.length) await writeFile(`${file}.gz`, gz);
    result.files += 1;
    result.compressed += fresh ? 1 : 0;
    result.bytes += raw.length;
    result.brBytes += Math.min(br.length, raw.length);
  };
  let next = 0;
  const worker = async () => {
    while (next < names.length) await one(names[next++]!);
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  // Entries no file of this export needs are dropped, so the cache holds one build's worth.
  if (cacheDir) {
    for (const name of await readdir(cacheDir))
      if (!used.has(name)) await rm(path.join(cacheDir, name), { force: true });
  }
  return result;
}
