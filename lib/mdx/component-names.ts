import "server-only";
/**
 * The domain components question bodies may use. `components/mdx/registry.tsx` maps each name to
 * its React component; its type makes the two lists impossible to drift apart.
 */
export const mdxComponentNames = ["Pitfall", "Note", "DeepDive"] as const;
export type MdxComponentName = (typeof mdxComponentNames)[number];

/** Inline HTML elements that are harmless in prose; anything else should be markdown. */
export const allowedHtmlElements = ["kbd", "br", "sup", "sub"] as const;
