import { mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { createServer } from "@/lib/tooling/serve/create-server";

/** Never to be sent: it lives outside the served root and symlinks inside the root point at it. */
export const SECRET = "SECRET-MARKER-4f1d9c";
/** Written into every host config file, which must never be sent either. */
export const CONFIG_MARKER = "CONFIG-MARKER-77ab";
export const pageHtml = "<!doctype html><title>home</title><p>home page</p>";

/**
 * A small export in a temp folder: pages, a hashed chunk, a diagram, precompressed copies, host
 * config files, and symlinks that point outside the root.
 */
export async function makeFixture(): Promise<string> {
  const base = await mkdtemp(path.join(os.tmpdir(), "followup-serve-"));
  const root = path.join(base, "out");
  const files: Record<string, string | Buffer> = {
    "index.html": pageHtml,
    "index.html.br": brotliCompressSync(pageHtml),
    "index.html.gz": gzipSync(pageHtml),
    "404.html": "<!doctype html><title>not found</title>",
    "q/x.html": "<!doctype html><title>x</title>",
    "nodejs/index.html": "<!doctype html><title>section</title>",
    "_next/static/chunks/app-1234.js": "console.log(1)",
    "diagrams/0a9d-light.svg": '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
    "data.txt": "0123456789",
    "sw.js": "self.addEventListener('fetch', () => {})",
    "about.html": "<!doctype html><title>about</title>",
    "csp.json": JSON.stringify({ "/": "policy-home", "/q/x": "policy-x", "/404": "policy-404", "/m": CONFIG_MARKER }),
    _headers: `/\n  X-Test: ${CONFIG_MARKER}\n`,
    "nginx-headers.conf": `# ${CONFIG_MARKER}\nlocation = / {}\n`,
  };
  for (const [rel, body] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
    await writeFile(path.join(root, rel), body);
  }
  await writeFile(path.join(base, "secret.txt"), SECRET);
  await mkdir(path.join(base, "outside"));
  await writeFile(path.join(base, "outside", "secret.txt"), SECRET);
  await symlink(path.join(base, "secret.txt"), path.join(root, "leak.txt"));
  await symlink(path.join(base, "secret.txt"), path.join(root, "leak.html"));
  await symlink(path.join(base, "outside"), path.join(root, "leakdir"));
  // A precompressed copy that is really a link out of the root must never be chosen.
  await symlink(path.join(base, "secret.txt"), path.join(root, "about.html.br"));
  await symlink(path.join(root, "data.txt"), path.join(root, "inside-link.txt"));
  return root;
}

export async function startServer(root: string): Promise<{ port: number; close: () => Promise<void> }> {
  const server = await createServer({ root, warn: () => {} });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One request with exactly the headers given (no Accept-Encoding unless asked for). */
export function get(
  port: number,
  target: string,
  headers: Record<string, string> = {},
  method = "GET",
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path: target, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}
