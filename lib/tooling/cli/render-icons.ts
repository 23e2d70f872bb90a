/**
 * `npm run icons`: draws the web manifest's PNG icons (public/icons/) from the logo mark in
 * app/icon.svg with the Chromium the diagrams use. The PNGs are committed; run this again only
 * when the mark changes. The maskable icon fills the whole square with the accent and keeps the
 * arrow inside the central safe zone, as launchers crop it to their own shape.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { chromium } from "playwright-core";
import { chromeArgs, chromePath } from "../diagrams/chromium";

const mark = await readFile(path.resolve("app/icon.svg"), "utf8");
const arrow = /<path[^>]*\/>/.exec(mark)?.[0];
const accent = /<rect[^>]*fill="([^"]+)"/.exec(mark)?.[1];
if (!arrow || !accent) throw new Error("app/icon.svg: expected one <rect> with a fill and one <path>");

// The mark's arrow spans about 14 of its 32 units; a 0.7 scale about the centre keeps it well within the safe zone.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${accent}"/><g transform="translate(16 16) scale(0.7) translate(-16 -16)">${arrow}</g></svg>`;

const icons = [
  { file: "icon-192.png", size: 192, svg: mark },
  { file: "icon-512.png", size: 512, svg: mark },
  { file: "maskable-512.png", size: 512, svg: maskable },
];

const browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs });
try {
  const page = await browser.newPage();
  for (const { file, size, svg } of icons) {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace("<svg ", `<svg width="${size}" height="${size}" `);
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    await writeFile(
      path.resolve("public/icons", file),
      await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }),
    );
    console.log(`icons: public/icons/${file} (${size} px)`);
  }
} finally {
  await browser.close();
}
