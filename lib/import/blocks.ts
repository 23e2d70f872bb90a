import "server-only";
import { closesFence, fenceOpening } from "./fences";
import { matchLabel } from "./labels";
import type { SourceLine } from "./types";

export type BlockKind = "fence" | "callout" | "heading" | "tag" | "text";

export interface Block {
  kind: BlockKind;
  lines: SourceLine[];
  /** Fence info string, or the callout's tag name. */
  info?: string;
}

/** Callout components of the source sites; each maps to one of ours (see to-mdx.ts). */
export const calloutNames = ["Note", "Tip", "Info", "Warning", "Check", "Danger", "Callout"] as const;
const calloutOpen = new RegExp(String.raw`^\s*<(${calloutNames.join("|")})(?=[\s>/])`);
/** A line that is only a capitalised JSX tag (`<CodeGroup>`, `</Steps>`, `<Step title="…">`). */
export const tagLine = /^\s*<\/?[A-Z][A-Za-z]*(?:\s[^>]*)?\/?>\s*$/;
const headingLine = /^\s{0,3}#{1,6}\s+\S/;

const isList = (text: string) => /^\s*(?:[-*+]|\d+[.)])\s+/.test(text);

/**
 * Splits an accordion body into blocks: code fences and callouts whole, headings and tag lines
 * alone, and runs of text split at blank lines and at label lines.
 */
export function splitBlocks(lines: SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let text: Block | undefined;
  const flush = () => {
    if (text) blocks.push(text);
    text = undefined;
  };
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const t = line.text;
    if (t.trim() === "") {
      flush();
      continue;
    }
    const fence = fenceOpening(t);
    if (fence) {
      flush();
      const block: Block = { kind: "fence", lines: [line], info: fence.info };
      while (i + 1 < lines.length) {
        i += 1;
        block.lines.push(lines[i]!);
        if (closesFence(lines[i]!.text, fence)) break;
      }
      blocks.push(block);
      continue;
    }
    const callout = calloutOpen.exec(t);
    if (callout) {
      flush();
      const close = `</${callout[1]}>`;
      const block: Block = { kind: "callout", lines: [line], info: callout[1] };
      while (!block.lines.at(-1)!.text.includes(close) && !/\/>\s*$/.test(t) && i + 1 < lines.length) {
        i += 1;
        block.lines.push(lines[i]!);
      }
      blocks.push(block);
      continue;
    }
    if (headingLine.test(t) && !matchLabel(t)) {
      flush();
      blocks.push({ kind: "heading", lines: [line] });
      continue;
    }
    if (tagLine.test(t)) {
      flush();
      blocks.push({ kind: "tag", lines: [line] });
      continue;
    }
    // A label starts a new block, and so does a list that follows a paragraph line directly.
    const startsList = text && isList(t) && !isList(text.lines[0]!.text) && !/^\s/.test(t);
    if (matchLabel(t) || startsList) flush();
    text ??= { kind: "text", lines: [] };
    text.lines.push(line);
  }
  flush();
  return blocks;
}

export { isList };
