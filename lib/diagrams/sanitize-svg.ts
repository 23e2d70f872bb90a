/**
 * Diagram SVGs are sanitised with DOMPurify (SVG profile) on jsdom, when `npm run diagrams` writes
 * them and again when the build checks the committed cache. The file is parsed as XML, the way a
 * browser parses an SVG file, so what is cleaned is exactly what a browser would run; a string
 * that is not well-formed XML, or whose root is not `<svg>`, is refused rather than repaired.
 */
import type { Config, DOMPurify } from "dompurify";
import type { DOMWindow } from "jsdom";
import { installDomWindow } from "./dom-window";
import { stripExternalCss } from "./strip-external-css";

const config: Config = {
  USE_PROFILES: { svg: true, svgFilters: true },
  // foreignObject would hold HTML; animation elements can rewrite attributes (href, handlers) after load.
  FORBID_TAGS: ["foreignObject", "script", "animate", "animateColor", "animateMotion", "animateTransform", "set"],
  ADD_ATTR: ["role"],
  IN_PLACE: true,
};

// A reference that stays inside the file: `#id`, or `url(#id)` in a presentation attribute.
const localReference = /^\s*#/;
const cssUrl = /url\s*\(/i;

export class UnsafeSvgError extends Error {}

const svgNamespace = "http://www.w3.org/2000/svg";

let loaded: Promise<{ purify: DOMPurify; window: DOMWindow }> | undefined;

async function loadPurify() {
  const window = await installDomWindow();
  const { default: createDOMPurify } = await import("dompurify");
  const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.addHook("uponSanitizeAttribute", (_node, data) => {
    const name = data.attrName.toLowerCase();
    if (name === "href" || name === "xlink:href" || name === "src") {
      if (!localReference.test(data.attrValue)) data.keepAttr = false;
    } else if (name === "style") {
      data.attrValue = stripExternalCss(data.attrValue);
    } else if (cssUrl.test(data.attrValue) && !/^\s*url\(\s*['"]?#[^)]*\)\s*$/i.test(data.attrValue)) {
      data.keepAttr = false;
    }
  });
  purify.addHook("uponSanitizeElement", (node, data) => {
    if (data.tagName === "style") node.textContent = stripExternalCss(node.textContent ?? "");
  });
  return { purify, window };
}

/** Returns the SVG with everything active removed, or throws UnsafeSvgError when it cannot be parsed as one. */
export async function sanitizeSvg(svg: string): Promise<string> {
  loaded ??= loadPurify();
  const { purify, window } = await loaded;
  const root = new window.DOMParser().parseFromString(svg, "image/svg+xml").documentElement;
  if (root.localName === "parsererror") throw new UnsafeSvgError(`not well-formed XML: ${root.textContent}`);
  if (root.localName !== "svg" || root.namespaceURI !== svgNamespace) {
    throw new UnsafeSvgError(`the root element is <${root.localName}>, not an SVG <svg>`);
  }
  purify.sanitize(root, config);
  return new window.XMLSerializer().serializeToString(root);
}
