import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";

export interface PageWeight {
  htmlGz: number;
  jsGz: number;
  scripts: number;
  /** Font files as sent: woff2 is already compressed, so these are not gzipped again. */
  fontBytes: number;
  fonts: number;
}

const gz = (body: Buffer) => gzipSync(body, { level: 9 }).length;

/** Loads a page in Chromium and adds up what it actually fetched: the document, every script and font. */
export async function measurePage(browser: Browser, url: string): Promise<PageWeight> {
  const page = await browser.newPage();
  const bodies: Promise<{ kind: string; size: number }>[] = [];
  page.on("response", (response) => {
    const kind = response.request().resourceType();
    if (kind !== "script" && kind !== "document" && kind !== "font") return;
    bodies.push(
      response
        .body()
        .then((body) => ({ kind, size: kind === "font" ? body.length : gz(body) }))
        .catch(() => ({ kind, size: 0 })),
    );
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await page.close();
  const all = await Promise.all(bodies);
  const scripts = all.filter((b) => b.kind === "script");
  const fonts = all.filter((b) => b.kind === "font");
  return {
    htmlGz: all.find((b) => b.kind === "document")?.size ?? 0,
    jsGz: scripts.reduce((sum, b) => sum + b.size, 0),
    scripts: scripts.length,
    fontBytes: fonts.reduce((sum, b) => sum + b.size, 0),
    fonts: fonts.length,
  };
}

/** Gzipped script bytes fetched between pressing "/" and the first result appearing. */
export async function measureSearchOpen(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: "networkidle" });
  const sizes: Promise<number>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") sizes.push(response.body().then(gz, () => 0));
  });
  await page.keyboard.press("/");
  await page.getByRole("combobox").fill("loop");
  await page.getByRole("option").first().waitFor();
  await page.close();
  return (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
}
