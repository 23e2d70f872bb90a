import "server-only";
import type { Element, ElementContent } from "hast";
import type { BlockContent, Code, Data, DefinitionContent, Node, Root, RootContent } from "mdast";
import { visit } from "unist-util-visit";

/**
 * mdast-util-to-hast wraps a `code` node in `<pre>` whatever its data says, so a fence that becomes
 * plain HTML becomes a node of our own type, which the default handler turns into exactly the
 * element in `data`.
 */
export interface Prerendered extends Node {
  type: "prerendered";
  data: Data & { hName: string; hProperties: Element["properties"]; hChildren: ElementContent[] };
}

declare module "mdast" {
  interface BlockContentMap {
    prerendered: Prerendered;
  }
  interface RootContentMap {
    prerendered: Prerendered;
  }
}

export const prerendered = (element: Element): Prerendered => ({
  type: "prerendered",
  data: { hName: element.tagName, hProperties: element.properties, hChildren: element.children },
});

/** What a plugin returns for one fence: the node that takes its place, or undefined to keep it. */
export type FenceReplacement = BlockContent | Promise<BlockContent> | undefined;

/** Where a fence sits: every parent a fence can have holds block content. */
interface FenceSlot {
  parent: Root | { children: (BlockContent | DefinitionContent)[] };
  index: number;
}

/**
 * Asks `replace` about every code fence, with the node before it, and puts each replacement where
 * its fence was; a replacement that is ready at once is put at once, so a later fence sees it.
 */
export async function replaceFences(
  tree: Root,
  replace: (fence: Code, previous: RootContent | undefined) => FenceReplacement,
): Promise<void> {
  const jobs: Promise<void>[] = [];
  visit(tree, "code", (node: Code, index, parent) => {
    if (!parent || index === undefined) return;
    const slot: FenceSlot = { parent, index };
    const put = (replacement: BlockContent) => {
      slot.parent.children[slot.index] = replacement;
    };
    const replacement = replace(node, index > 0 ? parent.children[index - 1] : undefined);
    if (replacement instanceof Promise) jobs.push(replacement.then(put));
    else if (replacement) put(replacement);
  });
  await Promise.all(jobs);
}
