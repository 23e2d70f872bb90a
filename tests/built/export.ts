import { existsSync } from "node:fs";
import http, { type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { multiTrack } from "@/lib/tooling/multi-track";
import { createServer } from "@/lib/tooling/serve/create-server";

/** The export these checks read: the one test build (npm run build:tracks), which Playwright serves too. */
export const exportDir = path.resolve(multiTrack.outDir);

if (!existsSync(path.join(exportDir, "index.html"))) {
  throw new Error(`${exportDir} holds no export: run npm run build:tracks first`);
}

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as sent, still compressed when content-encoding says so. */
  body: Buffer;
}

/**
 * Serves the export in this process with npm start's own server for the calling test file, and
 * returns a raw GET (no decompression, so encodings can be checked).
 */
export function serveExport(): (target: string, headers?: Record<string, string>) => Promise<Reply> {
  let server: http.Server | undefined;
  let port = 0;
  beforeAll(async () => {
    server = await createServer({ root: exportDir, warn: () => {} });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));
  return (target, headers = {}) =>
    new Promise((resolve, reject) => {
      const request = http.get({ host: "127.0.0.1", port, path: target, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      });
      request.on("error", reject);
    });
}
