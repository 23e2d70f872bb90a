import { Children, isValidElement, type ReactNode } from "react";
import { headingSlugger } from "@/lib/mdx";

/** The plain text of rendered heading children, matching what the content walk read from the source. */
function textOf(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return Children.toArray(node).map(textOf).join("");
}

/**
 * An answer's `###` heading with the id its table of contents links to. Made once per rendered
 * answer: the headings render in document order and share one slugger, as the contents do.
 */
export function sectionHeading(questionId: string) {
  const slug = headingSlugger(questionId);
  return function SectionHeading({ children }: { children?: ReactNode }) {
    return <h3 id={slug(textOf(children))}>{children}</h3>;
  };
}
