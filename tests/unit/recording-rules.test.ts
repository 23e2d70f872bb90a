import { expect, test } from "vitest";
import {
  autoStopMsFor,
  formatBytes,
  formatTakeLength,
  pickRecordingType,
  recorderMessages,
  recorderProblemOf,
  targetMsFor,
} from "@/lib/voice/recording-rules";
import { normaliseMime, takesToPrune } from "@/lib/voice/take-record";

test("Opus in WebM is chosen where the browser records it", () => {
  expect(pickRecordingType(() => true)).toBe("audio/webm;codecs=opus");
});

test("AAC in MP4 is chosen where only MP4 records, as in Safari", () => {
  expect(pickRecordingType((type) => type.startsWith("audio/mp4"))).toBe("audio/mp4;codecs=mp4a.40.2");
});

test("no supported type leaves the choice to the browser", () => {
  expect(pickRecordingType(() => false)).toBeUndefined();
});

test("a probe that throws counts as unsupported", () => {
  expect(
    pickRecordingType((type) => {
      if (type.includes("webm")) throw new Error("odd browser");
      return true;
    }),
  ).toBe("audio/mp4;codecs=mp4a.40.2");
});

test("targets grow with difficulty and a take stops at twice its target", () => {
  expect([targetMsFor.foundation, targetMsFor.intermediate, targetMsFor.advanced]).toEqual([60_000, 120_000, 180_000]);
  expect(autoStopMsFor(targetMsFor.intermediate)).toBe(240_000);
});

test("take lengths read as minutes and seconds", () => {
  expect([formatTakeLength(3_400), formatTakeLength(65_000), formatTakeLength(-5)]).toEqual(["0:03", "1:05", "0:00"]);
});

test("sizes read in B, KB and MB", () => {
  expect([formatBytes(900), formatBytes(2048), formatBytes(3 * 1024 * 1024)]).toEqual(["900 B", "2.0 KB", "3.0 MB"]);
});

test("a refused permission is told apart from a missing or busy microphone", () => {
  const problems = ["NotAllowedError", "NotFoundError", "NotReadableError", "TypeError"].map((name) =>
    recorderProblemOf(new DOMException("x", name)),
  );
  expect(problems).toEqual(["denied", "no-microphone", "busy", "failed"]);
});

test("the message for a refused permission says practice goes on", () => {
  expect(recorderMessages.denied).toBe(
    "The browser was not allowed to use the microphone, so nothing is recorded. Allow it in the site settings to answer aloud; practice goes on without it.",
  );
});

test("a recorder's type is kept as reported, lower-cased", () => {
  expect(normaliseMime("Audio/WebM;codecs=opus")).toBe("audio/webm;codecs=opus");
});

test("an empty or malformed type becomes generic binary data", () => {
  expect([normaliseMime(""), normaliseMime(undefined), normaliseMime("<script>")]).toEqual([
    "application/octet-stream",
    "application/octet-stream",
    "application/octet-stream",
  ]);
});

test("with three takes stored, saving one more prunes only the oldest", () => {
  const stored = [
    { id: "b", createdAt: 2 },
    { id: "a", createdAt: 1 },
    { id: "c", createdAt: 3 },
  ];
  expect(takesToPrune(stored)).toEqual(["a"]);
});
