import { expect, test } from "vitest";
import { toPlainText } from "@/lib/import/inline";

test("frontmatter text drops emphasis markers but keeps underscores that belong to names", () => {
  expect(toPlainText("Using __dirname in ESM")).toBe("Using __dirname in ESM");
  expect(toPlainText("snake_case_name stays")).toBe("snake_case_name stays");
  expect(toPlainText("a __bold__ word, **strong**, _em_ and `__x__`")).toBe("a bold word, strong, em and `__x__`");
});

test("frontmatter text keeps a link's words and address and undoes escapes", () => {
  expect(toPlainText("See [the docs](https://example.com/x) for user\\_id")).toBe(
    "See the docs (https://example.com/x) for user_id",
  );
});
