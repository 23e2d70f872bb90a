import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { expect, test } from "vitest";
import { MdxBody } from "@/components/mdx/mdx-body";
import { compileBody } from "@/lib/mdx/compile";
import { walkMdx } from "@/lib/mdx/walk-mdx";

const render = async (body: string) =>
  renderToStaticMarkup(createElement(MdxBody, { code: (await compileBody(body)).code, questionId: "gfm" }));

const table = ["| approach | memory |", "| :--- | ---: |", "| buffer it all | grows |", "| stream it | flat |"].join(
  "\n",
);

test("a Markdown table renders as a table inside a named, focusable scroll box", async () => {
  const html = await render(table);
  expect(html).toContain(
    '<div class="table-scroll" role="region" aria-label="Table, scrolls sideways" tabindex="0"><table>',
  );
  expect(html).not.toContain("| approach");
});

test("table header cells head their columns", async () => {
  expect(await render(table)).toContain('<th scope="col" align="left">approach</th>');
});

test("column alignment is an attribute, never an inline style", async () => {
  const html = await render(table);
  expect(html).toContain('<td align="right">flat</td>');
  expect(html).not.toContain("style=");
});

test("strikethrough renders as del", async () => {
  expect(await render("The ~~old~~ way.")).toContain("<del>old</del>");
});

test("a task list renders read-only checkboxes named by their state", async () => {
  const html = await render("- [x] measure\n- [ ] tune");
  expect(html).toMatch(/<input type="checkbox" disabled="" aria-label="Done" checked=""\/> ?measure/);
  expect(html).toMatch(/<input type="checkbox" disabled="" aria-label="Not done"\/> ?tune/);
});

test("a bare URL becomes a link", async () => {
  expect(await render("See https://nodejs.org/en/about for more.")).toContain(
    '<a href="https://nodejs.org/en/about">https://nodejs.org/en/about</a>',
  );
});

test("the checker parses tables too, keeping each cell's words apart in the plain text", () => {
  expect(walkMdx(table).plainText).toBe("approach memory buffer it all grows stream it flat");
});
