import "server-only";
import { walkMdx, type DiagramSource, type Fence } from "@/lib/mdx/server";
import type { ContentError } from "./errors";

export type { DiagramSource } from "@/lib/mdx/server";

export interface BodyCheck {
  errors: ContentError[];
  fences: Fence[];
  diagrams: DiagramSource[];
  /** The answer's prose without code blocks, for the search index. */
  plainText: string;
  sectionHeadings: string[];
}

/**
 * Checks an MDX body without compiling it: nesting depth, syntax, components and their attributes,
 * expressions and imports, fences and diagrams (rules in lib/mdx/body-rules.ts and nesting.ts).
 */
export function checkBody(body: string, file: string, bodyLine: number): BodyCheck {
  const { findings, ...walk } = walkMdx(body, bodyLine);
  const errors = findings.map(({ line, message, field }) => ({ file, line, field: field ?? "body", message }));
  return { errors, ...walk };
}
