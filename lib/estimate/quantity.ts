/**
 * Reading the numbers an estimate is written in: counts such as `100M` or `1.5K` and decimal sizes
 * such as `500 B` or `1.5 MB`. Shared by the build and the browser, so it imports nothing.
 */

export type Parsed = { ok: true; value: number } | { ok: false; message: string };

/** Count suffixes as interviewers write them; B is a billion here, never a byte. */
const countScale: Readonly<Record<string, number>> = { "": 1, K: 1e3, M: 1e6, B: 1e9, T: 1e12 };

/** Decimal byte units (1 KB = 1,000 B), the way back-of-envelope sums are done. */
export const byteUnits = [
  { name: "B", size: 1 },
  { name: "KB", size: 1e3 },
  { name: "MB", size: 1e6 },
  { name: "GB", size: 1e9 },
  { name: "TB", size: 1e12 },
  { name: "PB", size: 1e15 },
] as const;

const digits = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?`;
const countPattern = new RegExp(String.raw`^${digits}\s*([KMBT]?)$`);
const sizePattern = new RegExp(String.raw`^${digits}\s*(B|KB|MB|GB|TB|PB)$`);

const numberOf = (whole: string, fraction: string | undefined) => Number(whole.replaceAll(",", "") + (fraction ?? ""));

/** `100M` → 100,000,000; digits may carry thousands commas and a decimal part. */
export function parseCount(text: string): Parsed {
  const match = countPattern.exec(text.trim());
  if (!match) {
    return {
      ok: false,
      message: `"${text}" is not a number; write digits with an optional K, M, B or T (such as 300, 1.5K or 100M)`,
    };
  }
  return { ok: true, value: numberOf(match[1]!, match[2]) * countScale[match[3]!]! };
}

/** `1.5 MB` → 1,500,000 bytes. */
export function parseSize(text: string): Parsed {
  const match = sizePattern.exec(text.trim());
  if (!match) {
    return {
      ok: false,
      message: `"${text}" is not a size; write a number and one of B, KB, MB, GB, TB or PB (such as 500 B or 1.5 MB)`,
    };
  }
  const unit = byteUnits.find((candidate) => candidate.name === match[3])!;
  return { ok: true, value: numberOf(match[1]!, match[2]) * unit.size };
}
