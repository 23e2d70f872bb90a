import "server-only";
import type { Node, Parent } from "unist";

/**
 * How deep lists, quotes, tags and other nodes may nest in a body. No answer needs more than a
 * handful of levels; far deeper input makes the markdown parser slow and the compiler's recursive
 * passes overflow the stack, so it is refused before either runs.
 */
export const maxNesting = 32;

/**
 * The same limit for a parsed tree: each list level is two nodes (the list and its item), and the
 * innermost item still holds a paragraph with some inline markup.
 */
export const maxTreeDepth = 2 * maxNesting + 8;

/**
 * Closing emphasis runs (`*` or `_`) with nothing open that one paragraph may hold. The parser
 * searches back for an opener for each, so thousands of them cost it time that grows with their
 * square; no answer's paragraph comes near this.
 */
export const maxStrayClosers = 1000;

export interface NestingProblem {
  /** Line within the body, counting from 1. */
  line: number;
  message: string;
}

const tooDeep = (what: string, limit: number) => `${what} nests more than ${limit} levels deep; flatten it`;

/**
 * An upper bound on how many containers (block quotes and list items) a line opens or continues:
 * its quote and list markers, plus one level per two columns of indentation before them, since
 * an indented line can continue that many list items. Reads only the line's leading markers.
 */
function containerDepth(line: string): number {
  let markers = 0;
  let columns = 0;
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === " ") {
      columns += 1;
      i += 1;
      continue;
    }
    if (c === "\t") {
      columns += 4 - (columns % 4);
      i += 1;
      continue;
    }
    let end = i;
    if (c === ">") end = i + 1;
    else if (c === "-" || c === "*" || c === "+") end = i + 1;
    else {
      while (end < line.length && end - i < 9 && line[end]! >= "0" && line[end]! <= "9") end += 1;
      if (end === i || (line[end] !== "." && line[end] !== ")")) break;
      end += 1;
    }
    const after = line[end];
    // A list marker must be followed by a space, a tab or the end of the line; a quote need not be.
    if (c !== ">" && after !== undefined && after !== " " && after !== "\t") break;
    markers += 1;
    // The one space that belongs to the marker is not indentation.
    i = after === " " || after === "\t" ? end + 1 : end;
  }
  return markers + Math.floor(columns / 2);
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isPunctuation = (c: string | undefined) => c !== undefined && /[\p{P}\p{S}]/u.test(c);

/**
 * How one line moves the count of emphasis runs still open in its paragraph: a `*` or `_` run that
 * can only open (left-flanking, as CommonMark defines it) adds one, one that can only close takes
 * one away. The parser matches each closer by searching back over the open runs, so a paragraph
 * with thousands open costs it time that grows with their square.
 */
function emphasisDepth(line: string, depth: number): { depth: number; deepest: number; stray: number } {
  let deepest = depth;
  let runs = 0;
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c !== "*" && c !== "_") {
      i += 1;
      continue;
    }
    let end = i;
    while (line[end] === c) end += 1;
    const before = line[i - 1];
    const after = line[end];
    const left = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
    const right = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
    if (left && !right) depth += 1;
    else if (right && !left) {
      if (depth === 0) runs += 1;
      depth = Math.max(0, depth - 1);
    }
    deepest = Math.max(deepest, depth);
    i = end;
  }
  return { depth, deepest, stray: runs };
}

/** The marker of a line that opens or closes a code fence, such as ``` or ~~~~, if it is one. */
const fenceMarker = (line: string) => /^(?:[ \t>]*(?:[-*+]|\d{1,9}[.)])?[ \t]+|[ \t>]*)(`{3,}|~{3,})/.exec(line)?.[1];

/**
 * Finds the first line whose containers could nest too deeply, or whose paragraph holds too many
 * open emphasis runs, reading each line once: linear in the body, and run before the parser ever
 * sees it. Lines inside code fences are not prose, so only their containers are counted.
 */
export function scanNesting(body: string): NestingProblem | undefined {
  let line = 1;
  let start = 0;
  let fence: string | undefined;
  let emphasis = 0;
  let runs = 0;
  while (start <= body.length) {
    const newline = body.indexOf("\n", start);
    const text = body.slice(start, newline === -1 ? body.length : newline);
    if (containerDepth(text) > maxNesting) {
      return { line, message: tooDeep("this line's lists, quotes or indentation", maxNesting) };
    }
    const marker = fenceMarker(text);
    if (fence === undefined && marker !== undefined) fence = marker;
    else if (fence !== undefined) {
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
    } else if (text.trim() === "") {
      emphasis = 0;
      runs = 0;
    } else {
      const step = emphasisDepth(text, emphasis);
      if (step.deepest > maxTreeDepth) return { line, message: tooDeep("emphasis in this paragraph", maxTreeDepth) };
      emphasis = step.depth;
      runs += step.stray;
      if (runs > maxStrayClosers) {
        return {
          line,
          message: `this paragraph closes more than ${maxStrayClosers} runs of * or _ that never opened; split it`,
        };
      }
    }
    if (newline === -1) break;
    start = newline + 1;
    line += 1;
  }
  return undefined;
}

/**
 * Finds the first node that lies deeper than the limit in a parsed tree, without recursion, so
 * that it is safe on any tree the parser returns (nested tags, links or emphasis included).
 */
export function treeNesting(tree: Node): NestingProblem | undefined {
  const stack: { node: Node; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > maxTreeDepth) {
      return {
        line: node.position?.start.line ?? 1,
        message: tooDeep("markup here (tags, lists, links or emphasis)", maxTreeDepth),
      };
    }
    const children = (node as Partial<Parent>).children;
    if (children) for (const child of children) stack.push({ node: child, depth: depth + 1 });
  }
  return undefined;
}
