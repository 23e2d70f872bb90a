#!/usr/bin/env node
/**
 * Browser tests, diagram rendering and the benchmark drive Debian's Chromium, never a downloaded
 * one. If it is missing, install it when running as root; otherwise say how, in one line.
 */
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const chrome = process.env.CHROME_PATH ?? "/usr/bin/chromium";
if (!existsSync(chrome)) {
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    console.log(`ensure-chromium: ${chrome} not found; installing Debian's chromium package`);
    execSync("apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core", {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  } else {
    console.error(`Chromium not found at ${chrome}: run "sudo apt-get install chromium" or set CHROME_PATH.`);
    process.exit(1);
  }
}
