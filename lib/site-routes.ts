/**
 * The one mapping between files of the static export and the routes they answer, used by the
 * server, the CSP writer, the benchmark and the link test. Paths are relative to out/ with "/"
 * separators: "q/x.html" is served at "/q/x", "index.html" at "/", "a/index.html" at "/a", and
 * any other file at its own path.
 */
import { readdir } from "node:fs/promises";
import path from "node:path";

/** The route a file of the export is served at. */
export function routeOfFile(relativePath: string): string {
  const rel = relativePath.split("\\").join("/");
  if (!rel.endsWith(".html")) return `/${rel}`;
  return "/" + rel.replace(/\.html$/, "").replace(/(^|\/)index$/, "");
}

/**
 * The files that may answer a route, in the order they are tried: the exact file, then
 * `<route>.html`, then `<route>/index.html`. A route with an empty, "." or ".." segment (other
 * than one trailing slash) has no files, so nothing outside the export can be named.
 */
export function filesForRoute(route: string): string[] {
  if (!route.startsWith("/")) return [];
  const segments = route.slice(1).split("/");
  if (segments.length > 1 && segments.at(-1) === "") segments.pop();
  if (segments.length === 1 && segments[0] === "") return ["index.html"];
  if (segments.some((s) => s === "" || s === "." || s === "..")) return [];
  const base = segments.join("/");
  return [base, `${base}.html`, `${base}/index.html`];
}

/** Every page of the export: the .html files below `dir`, as absolute paths. */
export async function htmlFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? htmlFilesIn(path.join(dir, e.name)) : [path.join(dir, e.name)])),
  );
  return nested.flat().filter((f) => f.endsWith(".html"));
}
