import { chromium } from "playwright-core";
const [, , url, out, theme = "light", width = "1280"] = process.argv;
const b = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
const p = await b.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: theme });
p.on("console", (m) => console.log("console", m.type(), m.text()));
await p.goto(url);
await p.waitForTimeout(500);
await p.screenshot({ path: out, fullPage: process.env.FULL === "1" });
await b.close();
