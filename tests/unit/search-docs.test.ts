import { expect, test } from "vitest";
import { defaultTrackDir, loadTrack } from "@/lib/content/load";
import { buildSearchIndex, searchDocs } from "@/lib/search/build-index";
import { querySearchOptions } from "@/lib/search/options";

const track = await loadTrack(defaultTrackDir());

test("search documents carry tag titles, not slugs", () => {
  const jwt = searchDocs([track]).find((d) => d.id === "jwt")!;
  expect(jwt.tags).toContain("JSON Web Tokens");
});

test("a tag title finds a question through its tag alone", () => {
  // The JWT question's own text never says "cryptography"; only its tag's title does.
  const hits = buildSearchIndex(searchDocs([track]))
    .search("cryptography", querySearchOptions)
    .map((h) => h.id);
  expect(hits).toContain("jwt");
});
