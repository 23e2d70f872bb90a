import "server-only";
import { isMap, isSeq, LineCounter, parseDocument, type Node } from "yaml";

/**
 * Maps a field path such as `followUps.2.answer` to its line in the file, so schema errors can
 * point at the exact line. A field that is missing points at its parent's line.
 */
export function yamlLineFinder(yamlText: string, firstLine: number) {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter });
  return (path: readonly PropertyKey[]): number => {
    let node: Node | null = doc.contents as Node | null;
    let line = firstLine - 1;
    for (const key of path) {
      const child: unknown =
        isMap(node) || isSeq(node) ? node.get(typeof key === "number" ? key : String(key), true) : undefined;
      if (!child || typeof child !== "object" || !("range" in child)) break;
      node = child as Node;
      const offset = node.range?.[0];
      if (offset !== undefined) line = counter.linePos(offset).line + firstLine - 1;
    }
    return Math.max(line, 1);
  };
}
