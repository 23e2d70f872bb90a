import "server-only";
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { installedVersion } from "@/lib/installed-packages";

/** FOLLOWUP_OG_CACHE_DIR moves the cache (tests point it at an empty folder). */
export const imageCacheDir = () =>
  process.env.FOLLOWUP_OG_CACHE_DIR ?? path.join(process.cwd(), "node_modules", ".cache", "followup-og");

export interface ImageInputs {
  /** The module that draws the image, relative to the project: its source is part of the key. */
  drawing: string;
  /** Every value the drawing shows. */
  values: readonly string[];
}

/**
 * The cache key of one image: the drawing's source, the values it shows and the installed Next.js,
 * whose bundled renderer turns the drawing into pixels.
 */
export async function imageCacheKey({ drawing, values }: ImageInputs): Promise<string> {
  const source = await readFile(path.join(process.cwd(), drawing), "utf8");
  return createHash("sha256")
    .update(`next ${installedVersion("next")}\0${drawing}\0${source}\0`)
    .update(JSON.stringify(values))
    .digest("hex");
}

/**
 * A generated image, drawn only when nothing with the same inputs was drawn before. Drawing a card
 * lays out text and rasterises it, the slowest part of generating a question's pages, and an
 * unchanged question needs the same bytes again.
 */
export async function cachedImage(inputs: ImageInputs, contentType: string, draw: () => Response): Promise<Response> {
  const file = path.join(imageCacheDir(), `${await imageCacheKey(inputs)}.bin`);
  let bytes = await readFile(file).catch(() => undefined);
  if (!bytes) {
    bytes = Buffer.from(await draw().arrayBuffer());
    await mkdir(imageCacheDir(), { recursive: true });
    // Write then rename: two build workers may draw the same image at once.
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, bytes);
    await rename(temp, file);
  }
  return new Response(new Uint8Array(bytes), { headers: { "Content-Type": contentType } });
}
