import path from "node:path";
import { expect, test, vi } from "vitest";
import { ContentErrorList } from "@/lib/content/errors";
import { loadTrack } from "@/lib/content/load";
import { UnsafeBodyError } from "@/lib/mdx/refuse-unsafe";

// Stands in for a compiler whose parser reads a body differently from the content check: each
// body starts on file line 22, so its line 2 is file line 23.
vi.mock("@/lib/mdx/compile", () => ({
  compileBody: async () => {
    throw new UnsafeBodyError([{ line: 2, message: "expressions in braces are not allowed in content" }]);
  },
}));

test("a body the compiler refuses after the check passed is reported at its file line, not thrown", async () => {
  const error = await loadTrack(path.join("tests", "fixtures", "content", "valid-track")).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ContentErrorList);
  const at = (file: string, line: number) =>
    `tests/fixtures/content/valid-track/01-basics/${file}:${line}: body: expressions in braces are not allowed in content`;
  expect((error as ContentErrorList).message.split("\n").slice(1)).toEqual([at("first.mdx", 23), at("second.mdx", 23)]);
});
