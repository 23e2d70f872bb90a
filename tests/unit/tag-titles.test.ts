import { expect, test } from "vitest";
import { tagsByTitle, tagTitles } from "@/lib/content/tag-titles";

const vocabulary = {
  tags: [
    { slug: "uv", title: "libuv and the thread pool", description: "A tag whose title starts in lower case." },
    { slug: "cache", title: "Caching", description: "A tag listed second in the manifest." },
    { slug: "auth", title: "Authentication", description: "A tag listed last in the manifest." },
  ],
};

test("the picker lists tags by title, ignoring case", () => {
  expect(tagsByTitle(vocabulary).map((t) => t.slug)).toEqual(["auth", "cache", "uv"]);
});

test("each slug maps to its title", () => {
  expect(tagTitles(vocabulary)).toEqual({ uv: "libuv and the thread pool", cache: "Caching", auth: "Authentication" });
});
