/**
 * The "Move to another device" link: a whole export, gzip-compressed with the platform's
 * CompressionStream and written as base64url in the URL fragment, which browsers never send to a
 * server. Decoding only turns a link back into export text, refusing anything that is not a whole,
 * intact link of ours; the text then goes through the same checks as an imported file
 * (lib/progress/transfer-all.ts). gzip's checksum is what catches a corrupted or cut-off link.
 */
import { exportFormat } from "./transfer";

/** The fragment key; the version after it lets a later format be told apart. */
const prefix = "transfer=1.";
/** Export text a link may unpack to: far above any real record, far below what would hang a tab. */
export const maxTransferTextBytes = 8 * 1024 * 1024;
/** Characters a link's payload may have before it is even decoded. */
export const maxTransferPayloadChars = 4 * 1024 * 1024;

export type TransferDecoded = { ok: true; text: string } | { ok: false; error: string };

const damaged =
  "The transfer link is damaged or incomplete (it may have been cut off when it was copied). Nothing was changed; make a new link on the other device.";

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | "too-large"> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return "too-large";
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return all;
}

const through = (bytes: Uint8Array, transform: CompressionStream | DecompressionStream) =>
  new Blob([bytes as BlobPart]).stream().pipeThrough(transform) as ReadableStream<Uint8Array>;

/** The fragment (without "#") for an export's text, its JSON written compactly first. */
export async function encodeTransfer(exportText: string): Promise<string> {
  const compact = new TextEncoder().encode(JSON.stringify(JSON.parse(exportText)));
  const packed = await readAll(through(compact, new CompressionStream("gzip")), Number.POSITIVE_INFINITY);
  return prefix + toBase64Url(packed as Uint8Array);
}

/** Whether a page's fragment is a transfer link at all (of any version), so the page should handle it. */
export const isTransferFragment = (hash: string) => /^#?transfer=/.test(hash);

/** The export text a link's fragment carries, or why it carries none; never throws. */
export async function decodeTransfer(hash: string): Promise<TransferDecoded> {
  const fragment = hash.startsWith("#") ? hash.slice(1) : hash;
  if (!isTransferFragment(fragment)) return { ok: false, error: "This is not a Followup transfer link." };
  if (!fragment.startsWith(prefix)) {
    return { ok: false, error: "The transfer link comes from a newer version of Followup; update this one first." };
  }
  const payload = fragment.slice(prefix.length);
  if (payload.length > maxTransferPayloadChars)
    return { ok: false, error: "The transfer link is too long to be ours." };
  const bytes = fromBase64Url(payload);
  if (bytes === null || bytes.length === 0) return { ok: false, error: damaged };
  let unpacked: Uint8Array | "too-large";
  try {
    unpacked = await readAll(through(bytes, new DecompressionStream("gzip")), maxTransferTextBytes);
  } catch {
    return { ok: false, error: damaged };
  }
  if (unpacked === "too-large") {
    return {
      ok: false,
      error: "The transfer link unpacks to far more data than any progress export, so it was refused.",
    };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(unpacked);
  } catch {
    return { ok: false, error: damaged };
  }
  if (!text.includes(`"${exportFormat}"`)) {
    return { ok: false, error: "The transfer link does not hold a Followup progress export." };
  }
  return { ok: true, text };
}
