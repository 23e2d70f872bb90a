import localFont from "next/font/local";

/*
 * Geist and Geist Mono, self-hosted from exactly pinned @fontsource-variable packages: one variable
 * file per family (latin only), served from /_next/static/media like any other asset. next/font
 * builds a metric-matched fallback face, so text laid out before the file arrives does not move.
 */
export const geist = localFont({
  src: "../node_modules/@fontsource-variable/geist/files/geist-latin-wght-normal.woff2",
  weight: "100 900",
  style: "normal",
  display: "swap",
  variable: "--font-sans",
  adjustFontFallback: "Arial",
  fallback: ["system-ui", "Arial", "sans-serif"],
});

// Code sits below the first screen on most pages, so its file is not preloaded.
export const geistMono = localFont({
  src: "../node_modules/@fontsource-variable/geist-mono/files/geist-mono-latin-wght-normal.woff2",
  weight: "100 900",
  style: "normal",
  display: "swap",
  variable: "--font-mono",
  preload: false,
  adjustFontFallback: false,
  fallback: ["ui-monospace", "Menlo", "Consolas", "monospace"],
});
