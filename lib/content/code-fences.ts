import { walkMdx, type Fence } from "@/lib/mdx/server";
import { discoverTrack } from "./discover";
import { parseQuestionFile } from "./parse";

export interface CodeFence extends Fence {
  file: string;
}

/** Every code fence of every question in a track, for the parse, run and diagram tests. */
export async function listCodeFences(trackDir: string): Promise<CodeFence[]> {
  const fences: CodeFence[] = [];
  for (const entry of (await discoverTrack(trackDir)).files) {
    const parsed = parseQuestionFile(entry.raw, entry.file);
    if (!parsed.ok) continue;
    const walk = walkMdx(parsed.value.body, parsed.value.bodyLine);
    fences.push(...walk.fences.map((fence) => ({ file: entry.file, ...fence })));
  }
  return fences;
}
