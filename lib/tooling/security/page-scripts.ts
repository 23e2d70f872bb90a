/**
 * Which scripts an exported page holds, read with a real HTML parser (the one jsdom uses), so a
 * script is found wherever the browser would find one. Only the inline scripts the framework
 * emits are trusted; anything else on a page is reported so the build can refuse it.
 */
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { themeScript } from "@/components/theme/server";

type ParentNode = DefaultTreeAdapterMap["parentNode"];
type ChildNode = DefaultTreeAdapterMap["childNode"];

export interface PageScripts {
  /** The text of each trusted inline script, in page order, to be allowed by its hash. */
  inline: string[];
  /** What is wrong: each untrusted inline script and each event-handler attribute, briefly quoted. */
  refused: string[];
}

/** Next's bootstrap of the React Server Components payload, always this exact text. */
const flightBootstrap = "(self.__next_f=self.__next_f||[]).push([0])";
const flightChunk = /^self\.__next_f\.push\(([\s\S]*)\)$/;

/**
 * Whether an inline script is one the framework wrote: our theme script, Next's bootstrap, or a
 * payload chunk, `self.__next_f.push(<JSON>)` whose argument is a [kind, string] JSON array.
 * JSON is data, so a chunk can carry hostile text but never hostile code.
 */
export function isFrameworkScript(text: string): boolean {
  if (text === themeScript || text === flightBootstrap) return true;
  const argument = flightChunk.exec(text)?.[1];
  if (argument === undefined) return false;
  try {
    const value: unknown = JSON.parse(argument);
    return Array.isArray(value) && value.length === 2 && typeof value[0] === "number" && typeof value[1] === "string";
  } catch {
    return false;
  }
}

const quote = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** Every script element and event-handler attribute on the page, templates and SVG included. */
export function pageScripts(html: string): PageScripts {
  const result: PageScripts = { inline: [], refused: [] };
  const stack: ParentNode[] = [parse(html)];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ("tagName" in node) {
      for (const attribute of node.attrs) {
        if (/^on/i.test(attribute.name)) {
          result.refused.push(`event handler ${attribute.name}=${quote(attribute.value)} on <${node.tagName}>`);
        }
      }
      if (node.tagName === "script" && !node.attrs.some((attribute) => attribute.name === "src")) {
        const text = node.childNodes.map((child) => ("value" in child ? child.value : "")).join("");
        if (isFrameworkScript(text)) result.inline.push(text);
        else result.refused.push(`inline script ${quote(text)} was not emitted by the framework`);
      }
      if ("content" in node) stack.push(node.content);
    }
    // Children in reverse, so the stack visits them, and reports problems, in page order.
    const children: ChildNode[] = node.childNodes;
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i]!;
      if ("childNodes" in child) stack.push(child);
    }
  }
  return result;
}
