import { expect, test } from "vitest";
import { decodeTransfer, encodeTransfer, maxTransferTextBytes } from "@/lib/progress/transfer-link";
import { gradedCard, progressFile } from "./progress-fixtures";

const exportText = progressFile({ cards: { "event-loop": gradedCard("2026-11-30T10:00:00.000Z") } });
const damaged =
  "The transfer link is damaged or incomplete (it may have been cut off when it was copied). Nothing was changed; make a new link on the other device.";

async function gzipBase64Url(text: string) {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("gzip"));
  return Buffer.from(await new Response(stream).arrayBuffer()).toString("base64url");
}

test("a link decodes to the export it was made from, written compactly", async () => {
  const fragment = await encodeTransfer(JSON.stringify(JSON.parse(exportText), null, 2));
  expect(await decodeTransfer(`#${fragment}`)).toEqual({ ok: true, text: exportText });
});

test("a link's payload uses only base64url characters, so it survives being pasted into a URL", async () => {
  expect(await encodeTransfer(exportText)).toMatch(/^transfer=1\.[A-Za-z0-9_-]+$/);
});

test("a link cut off anywhere is refused as incomplete", async () => {
  const fragment = await encodeTransfer(exportText);
  expect(await decodeTransfer(fragment.slice(0, -6))).toEqual({ ok: false, error: damaged });
});

test("a link with a changed character is refused by the checksum", async () => {
  const fragment = await encodeTransfer(exportText);
  const at = fragment.length - 20;
  const flipped = fragment.slice(0, at) + (fragment[at] === "A" ? "B" : "A") + fragment.slice(at + 1);
  expect(await decodeTransfer(flipped)).toEqual({ ok: false, error: damaged });
});

test("characters outside base64url are refused before anything is decoded", async () => {
  expect(await decodeTransfer("#transfer=1.abc<script>")).toEqual({ ok: false, error: damaged });
});

test("a link of a later format version is refused with a hint to update", async () => {
  expect(await decodeTransfer("#transfer=2.AAAA")).toEqual({
    ok: false,
    error: "The transfer link comes from a newer version of Followup; update this one first.",
  });
});

test("a payload that unpacks past the size limit is refused without unpacking it all", async () => {
  const bomb = `transfer=1.${await gzipBase64Url(" ".repeat(maxTransferTextBytes + 1))}`;
  expect(await decodeTransfer(bomb)).toEqual({
    ok: false,
    error: "The transfer link unpacks to far more data than any progress export, so it was refused.",
  });
});

test("an intact link that holds something other than an export is refused", async () => {
  expect(await decodeTransfer(`transfer=1.${await gzipBase64Url('{"hello":"world"}')}`)).toEqual({
    ok: false,
    error: "The transfer link does not hold a Followup progress export.",
  });
});

test("bytes that are not UTF-8 text are refused as damaged", async () => {
  const stream = new Blob([new Uint8Array([0xff, 0xfe, 0xfd])]).stream().pipeThrough(new CompressionStream("gzip"));
  const payload = Buffer.from(await new Response(stream).arrayBuffer()).toString("base64url");
  expect(await decodeTransfer(`transfer=1.${payload}`)).toEqual({ ok: false, error: damaged });
});

test("a fragment that is not a transfer link is not mistaken for one", async () => {
  expect(await decodeTransfer("#main")).toEqual({ ok: false, error: "This is not a Followup transfer link." });
});
