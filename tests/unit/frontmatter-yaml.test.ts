import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { parseQuestionFile } from "@/lib/content/parse";

const file = "tests/fixtures/content/valid-track/01-basics/first.mdx";
const valid = readFileSync(file, "utf8");
const withTitle = (title: string) => valid.replace(/^title: .*$/m, `title: ${title}`);

test("a title that looks like a date stays the text it was written as", () => {
  const parsed = parseQuestionFile(withTitle("2024-01-01"), file);
  expect(parsed.ok && parsed.value.frontmatter.title).toBe("2024-01-01");
});

test("YAML the parser cannot read is reported at its file line with the parser's reason", () => {
  const parsed = parseQuestionFile(withTitle("[unclosed"), file);
  expect(parsed.ok ? [] : parsed.errors).toEqual([
    {
      file,
      line: 4,
      field: "frontmatter",
      message: "invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]",
    },
  ]);
});
