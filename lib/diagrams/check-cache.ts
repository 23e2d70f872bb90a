import "server-only";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { diagramDir } from "./cache";
import { sanitizeSvg, UnsafeSvgError } from "./sanitize-svg";

/**
 * The build ships public/diagrams as it is, so it first proves every committed SVG is already
 * sanitised: sanitising it again must change nothing. A file edited by hand, or written by an older
 * sanitiser, fails here with the command that fixes it.
 */
export async function findUnsanitisedDiagrams(dir = diagramDir()): Promise<string[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith(".svg")).sort();
  const problems: string[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const problem = await sanitisingProblem(await readFile(file, "utf8"));
    if (problem) problems.push(`${path.relative(process.cwd(), file)}:1: svg: ${problem}`);
  }
  return problems;
}

async function sanitisingProblem(svg: string): Promise<string | null> {
  try {
    if ((await sanitizeSvg(svg)) === svg) return null;
    return "not sanitised: sanitising it changes it (run npm run diagrams -- --force)";
  } catch (error) {
    if (error instanceof UnsafeSvgError) return `refused by the sanitiser: ${error.message}`;
    throw error;
  }
}
