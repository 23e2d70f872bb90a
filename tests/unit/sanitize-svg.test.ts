import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { sanitizeSvg } from "@/lib/diagrams/sanitize-svg";

const dir = path.join(process.cwd(), "tests", "fixtures", "hostile-svg");
const ns = 'xmlns="http://www.w3.org/2000/svg"';

/** What each hostile file in tests/fixtures/hostile-svg becomes: a clean SVG, or a refusal. */
const expected: Record<string, string | { refused: string }> = {
  "animate-transform-and-motion": '<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>',
  "animate-turns-href-into-javascript": '<svg xmlns="http://www.w3.org/2000/svg"><a href="#x"><text>x</text></a></svg>',
  "animate-turns-xlink-href-into-javascript":
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="#x"><text>x</text></a></svg>',
  "cdata-closing-style-then-script":
    '<svg xmlns="http://www.w3.org/2000/svg"><style>&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;</style></svg>',
  "cdata-closing-text-then-script": '<svg xmlns="http://www.w3.org/2000/svg"/>',
  "doctype-entity-spelling-javascript": '<svg xmlns="http://www.w3.org/2000/svg"><a><text>x</text></a></svg>',
  "doctype-loading-an-external-dtd": '<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>',
  "fe-image-from-another-host": '<svg xmlns="http://www.w3.org/2000/svg"><filter id="f"><feImage/></filter></svg>',
  "foreign-object-with-html": '<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>',
  "html-document-instead-of-svg": { refused: "the root element is <html>, not an SVG <svg>" },
  "iframe-inside-svg": '<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>',
  "image-from-another-host": '<svg xmlns="http://www.w3.org/2000/svg"><image width="1" height="1"/></svg>',
  "link-with-decimal-entity-javascript": '<svg xmlns="http://www.w3.org/2000/svg"><a><text>x</text></a></svg>',
  "link-with-hex-entity-javascript": '<svg xmlns="http://www.w3.org/2000/svg"><a><text>x</text></a></svg>',
  "local-references-are-kept":
    '<svg xmlns="http://www.w3.org/2000/svg"><a href="#x"><text>fine</text></a><rect width="4" height="2" fill="url(#g)" style="stroke: red"/></svg>',
  "onload-on-the-svg-root": '<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>',
  "presentation-attribute-with-url-to-another-host":
    '<svg xmlns="http://www.w3.org/2000/svg"><rect stroke="url(#local)"/></svg>',
  "script-end-tag-with-a-space": '<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>',
  "script-in-cdata": '<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>',
  "script-split-by-a-nested-script": { refused: "not well-formed XML: 1:45: disallowed character in tag name." },
  "self-closing-script-with-data-href":
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><g/></svg>',
  "set-adds-an-onmouseover-handler": '<svg xmlns="http://www.w3.org/2000/svg"><rect width="9" height="9"/></svg>',
  "style-attribute-with-url-to-another-host":
    '<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill: none; stroke: red"/></svg>',
  "style-with-escaped-import": '<svg xmlns="http://www.w3.org/2000/svg"><style/></svg>',
  "style-with-font-face": '<svg xmlns="http://www.w3.org/2000/svg"><style/></svg>',
  "style-with-image-set-from-another-host": '<svg xmlns="http://www.w3.org/2000/svg"><style/></svg>',
  "style-with-import": '<svg xmlns="http://www.w3.org/2000/svg"><style> .a { fill: red }</style></svg>',
  "style-with-url-to-another-host":
    '<svg xmlns="http://www.w3.org/2000/svg"><style>.a { fill: none } .b { fill: url(#local) }</style></svg>',
  "use-even-inside-the-file": '<svg xmlns="http://www.w3.org/2000/svg"><defs><circle id="dot" r="2"/></defs></svg>',
  "use-pointing-at-another-host": '<svg xmlns="http://www.w3.org/2000/svg"/>',
  "xlink-href-javascript-link":
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><a><text>x</text></a></svg>',
  "xlink-href-under-another-prefix": '<svg xmlns="http://www.w3.org/2000/svg"><a><text>x</text></a></svg>',
  "xml-base-turning-a-fragment-into-javascript":
    '<svg xmlns="http://www.w3.org/2000/svg"><a href="#x"><text>x</text></a></svg>',
  "xml-events-handler-element": '<svg xmlns="http://www.w3.org/2000/svg">alert(1)<g/></svg>',
  "xml-stylesheet-from-another-host": '<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>',
};

// Anything that could run script, load from another host or restyle from outside.
const active =
  /<script|<foreignObject|<iframe|<handler|<set\b|<animate|\son[a-z]+\s*=|javascript:|data:|@import|url\(\s*['"]?(?!#)|evil\.example/i;

const fixtures = readdirSync(dir)
  .filter((name) => name.endsWith(".svg"))
  .map((name) => name.replace(/\.svg$/, ""))
  .sort();

test("every hostile fixture has a pinned result, and every pinned result a fixture", () => {
  expect(fixtures).toEqual(Object.keys(expected).sort());
});

test.each(fixtures)("%s: the sanitised SVG is pinned and holds no active content", async (name) => {
  const svg = readFileSync(path.join(dir, `${name}.svg`), "utf8");
  const want = expected[name];
  if (typeof want === "object") {
    await expect(sanitizeSvg(svg)).rejects.toThrow(want.refused);
    return;
  }
  const clean = await sanitizeSvg(svg);
  expect(clean).toBe(want);
  expect(clean).not.toMatch(active);
});

test("sanitising a sanitised SVG changes nothing, so the build can check the committed cache", async () => {
  const svg = readFileSync(path.join(dir, "local-references-are-kept.svg"), "utf8");
  const once = await sanitizeSvg(svg);
  expect(await sanitizeSvg(once)).toBe(once);
});

test("the elements and attributes a mermaid diagram draws with are kept", async () => {
  const diagram =
    `<svg ${ns} viewBox="0 0 10 10" role="graphics-document document"><style>#d1 .node{fill:#eee;}</style>` +
    `<defs><marker id="m" markerWidth="8" refX="4"><path d="M0 0L8 4"/></marker>` +
    `<filter id="f"><feDropShadow dx="1"/></filter><linearGradient id="g"><stop offset="0"/></linearGradient></defs>` +
    `<g data-id="a"><line marker-end="url(#m)"/><text x="1"><tspan dy="0">label</tspan></text></g></svg>`;
  expect(await sanitizeSvg(diagram)).toBe(diagram);
});
