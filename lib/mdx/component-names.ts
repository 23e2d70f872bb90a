import "server-only";
import { blockAttributes } from "@/lib/estimate";
/**
 * The domain components question bodies may use. `components/mdx/registry.tsx` maps each name to
 * its React component; its type makes the two lists impossible to drift apart.
 */
export const mdxComponentNames = ["Pitfall", "Note", "DeepDive", "Estimate", "Availability"] as const;
export type MdxComponentName = (typeof mdxComponentNames)[number];

/** Inline HTML elements that are harmless in prose; anything else should be markdown. */
export const allowedHtmlElements = ["kbd", "br", "sup", "sub"] as const;

/**
 * The attributes each allowed element takes, all plain strings. Anything else (a spread, an
 * expression, `style`, an event handler) could run code or break the build, and no answer needs it.
 */
export const elementAttributes: Readonly<
  Record<MdxComponentName | (typeof allowedHtmlElements)[number], readonly string[]>
> = {
  Pitfall: [],
  Note: [],
  DeepDive: ["title"],
  // The estimate blocks check their attributes against their own schemas (lib/estimate/schema.ts).
  Estimate: blockAttributes.Estimate,
  Availability: blockAttributes.Availability,
  kbd: ["title"],
  br: [],
  sup: ["title"],
  sub: ["title"],
};
