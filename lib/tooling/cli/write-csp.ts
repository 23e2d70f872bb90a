/**
 * Runs after `next build`. Gives every page of the static export a strict Content Security Policy:
 * each inline script the framework emitted is allowed by its SHA-256 hash, each external script by
 * its subresource integrity hash (added here where Next left it out), and 'strict-dynamic' lets
 * those trusted scripts load the chunks they need. No 'unsafe-eval', no 'unsafe-inline' for
 * scripts. Any other inline script or event-handler attribute fails the build, naming the page
 * (lib/tooling/security/page-scripts.ts), as it can only have come from content.
 *
 * Writes out/csp.json (read by `npm start`'s server, lib/tooling/serve/create-server.ts), out/_headers (Netlify, Cloudflare Pages)
 * and out/nginx-headers.conf (include inside a server block).
 */
import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { htmlFilesIn, routeOfFile } from "@/lib/site-routes";
import { pageScripts } from "../security/page-scripts";
import { nonHtmlPolicy, svgPolicy, workerPolicy } from "../serve/response-headers";
import { pageSecurityHeaders, recordsAudio, securityHeaders } from "../serve/security-headers";
import { isMain } from "./is-main";

const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("base64");

/** A page's policy; `route` decides whether it may play recordings held in `blob:` URLs. */
export function policy(hashes: string[], route: string): string {
  const scripts = [...new Set(hashes)].map((h) => `'sha256-${h}'`).join(" ");
  return [
    "default-src 'self'",
    `script-src 'strict-dynamic' ${scripts}`,
    // Stylesheets only: highlighted code and charts use classes and SVG attributes, never inline styles.
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    // Recorded answers play from object URLs, on the pages that record them and nowhere else.
    ...(recordsAudio(route) ? ["media-src 'self' blob:"] : []),
    "connect-src 'self'",
    // The web manifest and the offline service worker (lib/pwa/), both same-origin files.
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * What static hosts send with files that are not pages, as `npm start` does: nothing may run, and
 * a diagram opened directly is sandboxed. Prefixes, so no rule overlaps a page's own policy.
 */
const assetRules = [
  { prefix: "/diagrams/", csp: svgPolicy },
  { prefix: "/_next/static/", csp: nonHtmlPolicy },
  { prefix: "/practice/cards/", csp: nonHtmlPolicy },
  { prefix: "/practice/deck.json", csp: nonHtmlPolicy },
  { prefix: "/questions/catalog.json", csp: nonHtmlPolicy },
  { prefix: "/search-index/", csp: nonHtmlPolicy },
  { prefix: "/sw.js", csp: workerPolicy },
];

/** One nginx location: the policy and every security header, plus what else the block needs. */
const nginxLocation = (match: string, csp: string, extra: string[] = [], headers = securityHeaders) =>
  [
    `location ${match} {`,
    `  add_header Content-Security-Policy "${csp}" always;`,
    ...Object.entries(headers).map(([k, v]) => `  add_header ${k} "${v}" always;`),
    ...extra,
    "}",
  ].join("\n");

/** Writes every page's policy: the hashes into the pages, and csp.json, _headers and nginx-headers.conf beside them. */
export async function writeCsp(out = path.resolve(process.env.OUT_DIR ?? "out")): Promise<void> {
  const routes: Record<string, string> = {};
  /** Each route's page, relative to out/, for nginx's try_files. */
  const pageOf: Record<string, string> = {};
  const refused: string[] = [];
  // Sorted, so refusals list pages in the same order on every machine.
  for (const file of (await htmlFilesIn(out)).sort()) {
    let html = await readFile(file, "utf8");
    const rel = path.relative(out, file).split(path.sep).join("/");
    const scripts = pageScripts(html);
    refused.push(...scripts.refused.map((problem) => `${rel}: ${problem}`));
    const hashes = scripts.inline.map((text) => sha256(text));
    // External scripts: reuse Next's integrity value, or add one computed from the file itself.
    const tags = [...html.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"([^>]*)><\/script>/g)];
    for (const [tag, before = "", src = "", after = ""] of tags) {
      const existing = /integrity="sha256-([^"]+)"/.exec(tag)?.[1];
      if (existing) {
        hashes.push(existing);
        continue;
      }
      if (!src.startsWith("/")) throw new Error(`${file}: external script ${src} is not same-origin`);
      const hash = sha256(await readFile(path.join(out, decodeURIComponent(src.split("?")[0] ?? src))));
      hashes.push(hash);
      html = html.replace(tag, `<script${before}src="${src}"${after} integrity="sha256-${hash}"></script>`);
    }
    await writeFile(file, html);
    routes[routeOfFile(rel)] = policy(hashes, routeOfFile(rel));
    pageOf[routeOfFile(rel)] = rel;
  }

  if (refused.length > 0) {
    throw new Error(`pages hold scripts the framework did not emit:\n${refused.join("\n")}`);
  }
  await writeFile(path.join(out, "csp.json"), JSON.stringify(routes));
  const block = (route: string, csp: string, headers = securityHeaders) =>
    [route, `  Content-Security-Policy: ${csp}`, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join("\n");
  await writeFile(
    path.join(out, "_headers"),
    [
      ...Object.entries(routes).map(([r, c]) => block(r, c, pageSecurityHeaders(r))),
      ...assetRules.map(({ prefix, csp }) => block(prefix.endsWith("/") ? `${prefix}*` : prefix, csp)),
    ].join("\n\n") + "\n",
  );

  const nginx = Object.entries(routes).map(([route, csp]) =>
    nginxLocation(`= ${route}`, csp, [`  try_files /${pageOf[route]} =404;`], pageSecurityHeaders(route)),
  );
  const nginxAssets = assetRules.map(({ prefix, csp }) => nginxLocation(`^~ ${prefix}`, csp));
  await writeFile(path.join(out, "nginx-headers.conf"), [...nginx, ...nginxAssets].join("\n") + "\n");
  console.log(`csp: ${Object.keys(routes).length} pages, hashes for the framework's inline and every external script`);
}

if (isMain(import.meta.url)) {
  await writeCsp().catch((error: unknown) => {
    console.error(`csp: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
