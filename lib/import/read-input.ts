import "server-only";
import { open, stat } from "node:fs/promises";
import { ImportError } from "./errors";

/** Pages of real question banks are a few hundred KB; anything this large is not one. */
export const maxInputBytes = 5 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** The line a byte offset falls on, for errors about bytes. */
function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/** Decodes a page: UTF-8 text only, with a BOM and Windows line ends removed. */
export function decodeInput(bytes: Uint8Array, file: string): string {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new ImportError(
      file,
      lineAtByte(bytes, nul),
      "input",
      `binary file (NUL byte at offset ${nul}); expected a UTF-8 text page`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const bad = Buffer.from(bytes).toString("utf8").indexOf("\uFFFD");
    const offset = Buffer.byteLength(Buffer.from(bytes).toString("utf8").slice(0, Math.max(bad, 0)));
    throw new ImportError(
      file,
      lineAtByte(bytes, offset),
      "input",
      "binary file (not valid UTF-8); expected a UTF-8 text page",
    );
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (text.trim() === "")
    throw new ImportError(file, 1, "input", "empty file; expected a page of accordions or ### questions");
  return text;
}

/** Reads a page, refusing one that is too large before reading it, and anything that is not text. */
export async function readInput(file: string): Promise<string> {
  const info = await stat(file).catch(() => undefined);
  if (!info || !info.isFile()) throw new ImportError(file, 1, "input", "no such file");
  if (info.size > maxInputBytes) {
    throw new ImportError(
      file,
      1,
      "input",
      `file is ${megabytes(info.size)}; the importer reads pages up to ${megabytes(maxInputBytes)}`,
    );
  }
  const handle = await open(file, "r");
  try {
    // Read at most one byte past the limit, in case the file grew after stat.
    const buffer = Buffer.alloc(Math.min(info.size, maxInputBytes) + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > maxInputBytes) {
      throw new ImportError(
        file,
        1,
        "input",
        `file is larger than ${megabytes(maxInputBytes)}; the importer reads pages up to that`,
      );
    }
    return decodeInput(buffer.subarray(0, bytesRead), file);
  } finally {
    await handle.close();
  }
}
