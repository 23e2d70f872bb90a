import { expect, test } from "vitest";
import { decodeInterviewerSettings, defaultInterviewerSettings, spokenText } from "@/lib/voice/interviewer-settings";

test("the interviewer's voice is off until chosen", () => {
  expect(decodeInterviewerSettings(null)).toEqual({ on: false, voice: "", rate: 1 });
});

test("stored settings are read back as stored", () => {
  const stored = { on: true, voice: "urn:voice:anna", rate: 1.3 };
  expect(decodeInterviewerSettings(JSON.stringify(stored))).toEqual(stored);
});

test("a hand-edited rate out of range falls back to the defaults", () => {
  expect(decodeInterviewerSettings('{"on":true,"voice":"","rate":9}')).toEqual(defaultInterviewerSettings);
});

test("settings that are not JSON fall back to the defaults", () => {
  expect(decodeInterviewerSettings("{on")).toEqual(defaultInterviewerSettings);
});

test("code marks are dropped from what is read aloud", () => {
  expect(spokenText("When does `setImmediate` run?")).toBe("When does setImmediate run?");
});
