import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeEach, expect, it } from "vitest";
import { cachedImage, imageCacheKey } from "@/lib/social-image/cache";

const drawing = "app/q/[id]/opengraph-image.tsx";
let draws = 0;
const draw = (text: string) => () => {
  draws += 1;
  return new Response(text);
};

beforeEach(async () => {
  process.env.FOLLOWUP_OG_CACHE_DIR = await mkdtemp(path.join(os.tmpdir(), "followup-og-"));
  draws = 0;
});

it("draws an image once and reads the same bytes back the second time", async () => {
  const inputs = { drawing, values: ["Event loop"] };
  await cachedImage(inputs, "image/png", draw("png bytes"));
  const again = await cachedImage(inputs, "image/png", draw("other bytes"));
  expect([draws, await again.text()]).toEqual([1, "png bytes"]);
});

it("draws again when a value it shows changes", async () => {
  await cachedImage({ drawing, values: ["Event loop"] }, "image/png", draw("a"));
  await cachedImage({ drawing, values: ["Event loop phases"] }, "image/png", draw("b"));
  expect(draws).toBe(2);
});

it("keys an image by the drawing's source as well as its values", async () => {
  const values = ["Event loop"];
  const other = path.join("lib", "social-image", "cache.ts");
  expect(await imageCacheKey({ drawing, values })).not.toBe(await imageCacheKey({ drawing: other, values }));
});

it("answers with the content type it is given", async () => {
  const image = await cachedImage({ drawing, values: ["x"] }, "image/png", draw("a"));
  expect(image.headers.get("content-type")).toBe("image/png");
});
