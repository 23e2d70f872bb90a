import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import { NoteText } from "@/components/notes/note-text";
import { noteLines } from "@/lib/notes/note-parts";

const render = (text: string) => renderToStaticMarkup(createElement(NoteText, { text }));

test("keeps each line break of a note as a <br>", () => {
  expect(render("first\nsecond\r\nthird")).toBe(
    '<p class="note-text"><span>first</span><span><br/>second</span><span><br/>third</span></p>',
  );
});

test("puts text between backticks in <code>", () => {
  expect(render("call `fs.readFile` then `close`")).toBe(
    '<p class="note-text"><span>call <code>fs.readFile</code> then <code>close</code></span></p>',
  );
});

test("leaves a lone backtick as written", () => {
  expect(noteLines("a ` b")).toEqual([[{ code: false, text: "a ` b" }]]);
});

test("keeps markup in a note as text, never as HTML", () => {
  expect(render('<img src=x onerror="alert(1)"> `<script>`')).toBe(
    '<p class="note-text"><span>&lt;img src=x onerror=&quot;alert(1)&quot;&gt; <code>&lt;script&gt;</code></span></p>',
  );
});

test("does not carry a code run across a line break", () => {
  expect(noteLines("`a\nb`")).toEqual([[{ code: false, text: "`a" }], [{ code: false, text: "b`" }]]);
});
