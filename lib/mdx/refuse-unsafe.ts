import "server-only";
import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { nodeProblems } from "./body-rules";
import { scanNesting, treeNesting, type NestingProblem } from "./nesting";

/** A body the compiler will not turn into code; its message lists every problem with its body line. */
export class UnsafeBodyError extends Error {
  constructor(readonly problems: NestingProblem[]) {
    super(`refusing to compile an unsafe body:\n${problems.map((p) => `line ${p.line}: ${p.message}`).join("\n")}`);
    this.name = "UnsafeBodyError";
  }
}

/** Throws before the parser sees a body nested too deeply for it. */
export function refuseDeepBody(body: string): void {
  const problem = scanNesting(body);
  if (problem) throw new UnsafeBodyError([problem]);
}

/**
 * The content check's node rules, run again inside the compiler on the very tree it is about to
 * turn into code, so that a body which skipped the check still cannot put an expression, import
 * or handler into the output. `error` holds what was refused, because the bundler rewraps throws.
 */
export function refuseUnsafeNodes() {
  const guard: { error?: UnsafeBodyError; plugin: () => (tree: Root) => void } = {
    plugin: () => (tree) => {
      const deep = treeNesting(tree);
      const problems: NestingProblem[] = deep ? [deep] : [];
      if (!deep) {
        visit(tree, (node) => {
          if (node.type === "root") return;
          for (const message of nodeProblems(node)) problems.push({ line: node.position?.start.line ?? 1, message });
        });
      }
      if (problems.length > 0) {
        guard.error = new UnsafeBodyError(problems);
        throw guard.error;
      }
    },
  };
  return guard;
}
