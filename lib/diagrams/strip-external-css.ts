/**
 * DOMPurify keeps the text of an SVG `<style>` and `style` attributes as they are. A diagram's CSS
 * needs neither imports nor anything from another host, so this removes `@import` rules and any
 * `url()` that is not a `#fragment` in the same file. CSS that could reach out in a way these
 * patterns miss (escapes, which can spell anything; `image-set()`, which takes bare strings as URLs;
 * `@font-face`) is dropped whole; mermaid's CSS uses none of them.
 */
const importRule = /@import\b[^;]*(;|$)/gi;
const url = /url\s*\(\s*(['"]?)([^)]*?)\1\s*\)/gi;
const unsafe = /\\|image-set|@font-face/i;

export function stripExternalCss(css: string): string {
  if (unsafe.test(css)) return "";
  return css
    .replace(importRule, "")
    .replace(url, (whole, _quote: string, target: string) => (target.trimStart().startsWith("#") ? whole : "none"));
}
