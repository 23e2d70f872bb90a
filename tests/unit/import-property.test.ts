import fc from "fast-check";
import { expect, test } from "vitest";
import { checkBody } from "@/lib/content/check-body";
import { ImportError } from "@/lib/import/errors";
import { importPage } from "@/lib/import/import-page";
import { bodyOf, executable } from "./import-helpers";

// Pieces of hostile answers: code-span and fence runs, escapes, braces, tags, attribute strings.
const fragments = [
  "`",
  "``",
  "```",
  "~~~",
  "\\",
  "\\`",
  "{",
  "}",
  "{x}",
  "<",
  ">",
  "<kbd>",
  "</kbd>",
  '<kbd title="`">',
  "<sup>",
  "</sup>",
  "<br/>",
  "<Note>",
  "</Note>",
  '<Tip title="a } b">',
  "</Tip>",
  "<div>",
  '"',
  "'",
  "=",
  "data-x={",
  "})",
  "export ",
  "import ",
  "<!--",
  "-->",
  "[a](",
  "](b)",
  "![i](u)",
  "&#123;",
  "&lt;",
  "*",
  "_",
  "- ",
  "> ",
  "1. ",
  "# ",
  "word",
  " ",
  "\n",
  "\n\n",
  "\n  ",
  "process.exit(1)",
];

const body = fc.array(fc.constantFrom(...fragments), { maxLength: 40 }).map((parts) => parts.join(""));

const page = (answer: string) =>
  [
    "# Generated",
    "",
    "## Basics",
    '<Accordion title="1. First question?">',
    `**Answer:** ${answer}`,
    "</Accordion>",
    '<Accordion title="2. Second question?">',
    "**Answer:** A plain answer.",
    "</Accordion>",
  ].join("\n");

test("any page of hostile fragments imports with no executable MDX and passes the body check, or is refused with file:line", () => {
  fc.assert(
    fc.property(body, (answer) => {
      let files: Map<string, string>;
      try {
        files = importPage(page(answer), { file: "generated.mdx", track: "demo" }).files;
      } catch (error) {
        if (!(error instanceof ImportError)) throw error;
        expect(error.message).toMatch(/^generated\.mdx:\d+: [\w.]+: \S/);
        return;
      }
      for (const [file, text] of files) {
        if (!file.endsWith(".mdx")) continue;
        const mdx = bodyOf(text);
        expect(executable(mdx)).toEqual([]);
        expect(checkBody(mdx, file, 1).errors).toEqual([]);
      }
    }),
    { numRuns: 60 },
  );
});
