/**
 * DOMPurify keeps the text of an SVG `<style>` and `style` attributes as they are. A diagram's CSS
 * needs neither imports nor anything from another host, so this removes `@import` rules and any
 * `url()` that is not a `#fragment` in the same file. CSS escapes could spell either in a way these
 * patterns miss, so CSS with a backslash is dropped whole; mermaid's CSS has none.
 */
const importRule = /@import\b[^;]*(;|$)/gi;
const url = /url\s*\(\s*(['"]?)([^)]*?)\1\s*\)/gi;

export function stripExternalCss(css: string): string {
  if (css.includes("\\")) return "";
  return css
    .replace(importRule, "")
    .replace(url, (whole, _quote: string, target: string) => (target.trimStart().startsWith("#") ? whole : "none"));
}
