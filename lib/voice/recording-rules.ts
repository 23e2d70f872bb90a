import type { Difficulty } from "@/lib/content";

/**
 * Containers tried in order: Opus in WebM (Chromium, Firefox), then AAC in MP4 (Safari). The type
 * actually used is stored with each take, so playback never guesses.
 */
export const preferredTypes = [
  "audio/webm;codecs=opus",
  "audio/webm",
  "audio/mp4;codecs=mp4a.40.2",
  "audio/mp4",
  "audio/ogg;codecs=opus",
] as const;

/** The first preferred type the browser records, or undefined to let it pick its own. */
export function pickRecordingType(isTypeSupported: (type: string) => boolean): string | undefined {
  return preferredTypes.find((type) => {
    try {
      return isTypeSupported(type);
    } catch {
      return false;
    }
  });
}

const minute = 60_000;

/** How long a spoken answer should take: a minute for foundations, two and three for harder questions. */
export const targetMsFor: Record<Difficulty, number> = {
  foundation: minute,
  intermediate: 2 * minute,
  advanced: 3 * minute,
};

/** A take stops by itself at twice its target, so a forgotten recorder does not fill the disk. */
export const autoStopMsFor = (targetMs: number) => 2 * targetMs;

/** A recording without a target (a follow-up, a mock answer) still stops at this length. */
export const longestTakeMs = 10 * minute;

export { formatBytes, formatTakeLength } from "./format";

export type RecorderProblem = "denied" | "no-microphone" | "busy" | "no-recorder" | "insecure" | "failed";

export const recorderMessages: Record<RecorderProblem, string> = {
  denied:
    "The browser was not allowed to use the microphone, so nothing is recorded. Allow it in the site settings to answer aloud; practice goes on without it.",
  "no-microphone":
    "No microphone was found, so nothing is recorded. Connect one to answer aloud; practice goes on without it.",
  busy: "The microphone is in use by another application, so nothing is recorded. Close it and try again.",
  "no-recorder":
    "This browser cannot record audio (it has no MediaRecorder), so answering aloud is unavailable here. Practice goes on as usual.",
  insecure: "Recording needs a secure page (https or localhost), so answering aloud is unavailable here.",
  failed: "The recording could not start. Try again; practice goes on without it.",
};

/** Names what went wrong from the error getUserMedia or MediaRecorder gave. */
export function recorderProblemOf(error: unknown): RecorderProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : "";
  if (name === "NotAllowedError" || name === "SecurityError" || name === "PermissionDeniedError") return "denied";
  if (name === "NotFoundError" || name === "OverconstrainedError" || name === "DevicesNotFoundError")
    return "no-microphone";
  if (name === "NotReadableError" || name === "AbortError") return "busy";
  return "failed";
}
