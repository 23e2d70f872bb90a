import "server-only";
/** What a fence's meta string (the text after the language) says about the block. */
export interface FenceMeta {
  /** Executed by the test suite; its printed output must equal the `output` fence after it. */
  run: boolean;
  /** Run as CommonJS instead of an ES module. */
  cjs: boolean;
  /** The order of output lines is not fixed; compare them sorted. */
  unordered: boolean;
  title?: string;
  alt?: string;
  unknown: string[];
}

const token = /([a-z]+)(?:="([^"]*)")?/g;

export function parseFenceMeta(meta: string | null | undefined): FenceMeta {
  const result: FenceMeta = { run: false, cjs: false, unordered: false, unknown: [] };
  for (const match of (meta ?? "").matchAll(token)) {
    const [, key, value] = match;
    if (key === "run" && value === undefined) result.run = true;
    else if (key === "cjs" && value === undefined) result.cjs = true;
    else if (key === "unordered" && value === undefined) result.unordered = true;
    else if (key === "title" && value !== undefined) result.title = value;
    else if (key === "alt" && value !== undefined) result.alt = value;
    else result.unknown.push(match[0]);
  }
  return result;
}
