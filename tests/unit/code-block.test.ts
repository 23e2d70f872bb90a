import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import { CodeBlock } from "@/components/mdx/code-block";

const render = (props: Parameters<typeof CodeBlock>[0]) => renderToStaticMarkup(createElement(CodeBlock, props));

test("a block without a file name is labelled with its language", () => {
  expect(render({ lang: "ts", html: "x" })).toContain('<span class="code-lang">TypeScript</span>');
});

test("a block with a file name is labelled with the file, not the language", () => {
  const html = render({ lang: "js", html: "x", title: "server.js" });
  expect(html).toContain('<span class="code-title">server.js</span>');
  expect(html).not.toContain("code-lang");
});

test("every block carries a copy button that names what it copies", () => {
  expect(render({ lang: "js", html: "x", title: "server.js" })).toContain(
    '<button type="button" class="code-copy" data-code-copy="">Copy<span class="visually-hidden"> code of server.js</span></button>',
  );
});
