/** Debian's Chromium, or CHROME_PATH; the flags keep it quiet on a machine with no network. */
export const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
export const chromeArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
