import { expect, test } from "vitest";
import { findLeaks } from "@/lib/tooling/render-fidelity";

const page = (main: string) =>
  `<!doctype html><html><body><header>| nav | bar |</header><main>${main}</main></body></html>`;
const rules = (main: string) => findLeaks(page(main)).leaks.map((leak) => leak.rule);

test("a page without <main> has nothing to check", () => {
  expect(findLeaks("<html><body><p>**bold**</p></body></html>")).toEqual({ hasMain: false, leaks: [] });
});

test("clean prose, a real table and text outside <main> pass", () => {
  expect(rules("<p>Streams <strong>save memory</strong>.</p><table><tr><th>a</th><td>b</td></tr></table>")).toEqual([]);
});

test("a table left as a paragraph of pipes is reported as a rule and a row", () => {
  expect(findLeaks(page("<p>| mode | cost | | --- | --- | | fork | high |</p>")).leaks).toEqual([
    { rule: "table rule", excerpt: "| mode | cost | | --- | --- | | fork | high |" },
    { rule: "table row", excerpt: "| mode | cost | | --- | --- | | fork | high |" },
  ]);
});

test("bold markers are reported", () => {
  expect(rules("<p>this is **not** bold</p>")).toEqual(["bold marker"]);
});

test("an emphasised quote left from a source title is reported", () => {
  expect(rules('<h2>*"Why does the pool run dry?</h2>')).toEqual(["emphasised quote"]);
});

test("link syntax is reported", () => {
  expect(rules("<p>see [the docs](https://example.org)</p>")).toEqual(["link syntax"]);
});

test("a heading marker at the start of a block is reported", () => {
  expect(rules("<p>## Trade-offs</p>")).toEqual(["heading marker"]);
});

test("component tags shown as text are reported", () => {
  expect(rules("<p>&lt;Accordion title=&quot;x&quot;&gt;</p><p>&lt;/Note&gt;</p>")).toEqual([
    "component tag",
    "component tag",
  ]);
});

test("MDX comments shown as text are reported", () => {
  expect(rules("<p>{/* todo */}</p>")).toEqual(["MDX comment"]);
});

test("code blocks, inline code and hidden elements are left out", () => {
  const main =
    '<pre><code>| a | b |\n| --- | --- |</code></pre><p>use <code>**glob</code> or <kbd>##</kbd></p><div hidden>**x**</div><p aria-hidden="true">](</p>';
  expect(rules(main)).toEqual([]);
});

test("rules run per block, so two cells never join into one match", () => {
  expect(rules("<table><tr><td>*</td><td>*</td></tr></table>")).toEqual([]);
});
