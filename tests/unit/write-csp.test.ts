import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { themeScript } from "@/components/theme/theme-script";
import { writeCsp } from "@/lib/tooling/cli/write-csp";

let out: string;

const hashOf = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const bootstrap = "(self.__next_f=self.__next_f||[]).push([0])";
const chunk = 'self.__next_f.push([1,"2:[\\"$\\",\\"p\\",null,{\\"children\\":\\"Hi \\\\u003cb\\\\u003e\\"}]\\n"])';

/** A page as Next exports it: the theme script, the payload bootstrap, one chunk and one bundle. */
const page = (main: string) =>
  `<!DOCTYPE html><html><head><script>${themeScript}</script>` +
  `<script src="/_next/static/app.js" async=""></script></head><body><main>${main}</main>` +
  `<script>${bootstrap}</script><script>${chunk}</script></body></html>`;

beforeEach(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), "followup-csp-"));
  await mkdir(path.join(out, "_next", "static"), { recursive: true });
  await mkdir(path.join(out, "q"));
  await writeFile(path.join(out, "_next", "static", "app.js"), "console.log('app');\n");
  await writeFile(path.join(out, "index.html"), page("<p>Home</p>"));
});

afterEach(async () => {
  await rm(out, { recursive: true, force: true });
});

const refusal = (...lines: string[]) => ["pages hold scripts the framework did not emit:", ...lines].join("\n");

test("the framework's own inline scripts are allowed by their hashes", async () => {
  await writeCsp(out);
  const policies = JSON.parse(await readFile(path.join(out, "csp.json"), "utf8")) as Record<string, string>;
  for (const text of [themeScript, bootstrap, chunk]) expect(policies["/"]).toContain(hashOf(text));
});

test("an inline script injected into a page's content fails the writer, naming the page", async () => {
  await writeFile(path.join(out, "q", "injected.html"), page('<div><script>document.title = "ran"</script></div>'));
  await expect(writeCsp(out)).rejects.toThrow(
    refusal('q/injected.html: inline script "document.title = \\"ran\\"" was not emitted by the framework'),
  );
});

test("a refused page leaves no policy files behind", async () => {
  await writeFile(path.join(out, "q", "injected.html"), page("<script>alert(1)</script>"));
  await expect(writeCsp(out)).rejects.toThrow();
  expect(existsSync(path.join(out, "csp.json"))).toBe(false);
});

test("a payload chunk whose argument is code rather than JSON is refused", async () => {
  const lookalike = 'self.__next_f.push([1,"x"].concat(alert(1)))';
  await writeFile(path.join(out, "q", "lookalike.html"), page(`<script>${lookalike}</script>`));
  await expect(writeCsp(out)).rejects.toThrow(
    refusal(`q/lookalike.html: inline script ${JSON.stringify(lookalike)} was not emitted by the framework`),
  );
});

test("a script inside inline SVG is found and refused", async () => {
  await writeFile(path.join(out, "q", "svg.html"), page("<svg><script>alert(1)</script></svg>"));
  await expect(writeCsp(out)).rejects.toThrow(
    refusal('q/svg.html: inline script "alert(1)" was not emitted by the framework'),
  );
});

test("an event-handler attribute fails the writer, naming the page", async () => {
  await writeFile(path.join(out, "q", "handler.html"), page('<img src="/x.png" onerror="alert(1)">'));
  await expect(writeCsp(out)).rejects.toThrow(refusal('q/handler.html: event handler onerror="alert(1)" on <img>'));
});

test("every refused page is listed at once, in file order", async () => {
  await writeFile(path.join(out, "q", "a.html"), page("<script>one()</script>"));
  await writeFile(path.join(out, "q", "b.html"), page("<script>two()</script>"));
  await expect(writeCsp(out)).rejects.toThrow(
    refusal(
      'q/a.html: inline script "one()" was not emitted by the framework',
      'q/b.html: inline script "two()" was not emitted by the framework',
    ),
  );
});

test("only the recording pages may play blob: media, and only they get the microphone", async () => {
  await writeFile(path.join(out, "practice.html"), page("<p>Practice</p>"));
  await writeFile(path.join(out, "mock.html"), page("<p>Mock</p>"));
  await writeCsp(out);
  const policies = JSON.parse(await readFile(path.join(out, "csp.json"), "utf8")) as Record<string, string>;
  expect(
    [policies["/practice"], policies["/mock"], policies["/"]].map((p) => p?.includes("media-src 'self' blob:")),
  ).toEqual([true, true, false]);
  const netlify = await readFile(path.join(out, "_headers"), "utf8");
  expect(netlify).toMatch(/^\/practice\n(?: {2}.*\n)* {2}Permissions-Policy: [^\n]*microphone=\(self\)/m);
  expect(netlify).toMatch(/^\/\n(?: {2}.*\n)* {2}Permissions-Policy: [^\n]*microphone=\(\)/m);
  const nginx = await readFile(path.join(out, "nginx-headers.conf"), "utf8");
  expect(nginx).toMatch(/location = \/mock \{\n(?:.*\n)*? {2}add_header Permissions-Policy "[^"]*microphone=\(self\)/);
});
