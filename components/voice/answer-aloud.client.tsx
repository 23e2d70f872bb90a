"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { askToKeepTakes, saveTake, takeUsage } from "@/lib/voice/client";
import { startRecording, type RecordedAudio, type Recording } from "@/lib/voice/client";
import { formatTakeLength, longestTakeMs, recorderMessages, type RecorderProblem } from "@/lib/voice";
import { isTextEntry } from "@/components/shared/client";
import { TakePlayer } from "./take-player";

export interface AnswerAloudProps {
  questionId: string;
  /** The spoken length to aim for; absent, no target is shown. */
  targetMs?: number;
  /** The take stops by itself at this length (ten minutes unless given). */
  maxMs?: number;
  /** Ties the take to a mock interview, for its report. */
  mockStartedAt?: string;
  /** Start recording as soon as this loads (the button or key that loaded it asked to). */
  startNow?: boolean;
}

type Phase =
  | { kind: "intro" }
  | { kind: "idle" }
  | { kind: "starting" }
  | { kind: "recording"; recording: Recording }
  | { kind: "saving" }
  | { kind: "problem"; problem: RecorderProblem };

// Asked once per page, before its first take is saved.
let keepAsked: Promise<string> | null = null;
const keepNotice = (outcome: string) =>
  outcome === "granted"
    ? ""
    : "Your browser has not promised to keep recordings: it may remove them if the device runs short of space.";

/** Record, watch the timer and level, stop; the take is saved for the reveal (or the mock's report). */
export default function AnswerAloud({
  questionId,
  targetMs,
  maxMs = longestTakeMs,
  mockStartedAt,
  startNow,
}: AnswerAloudProps) {
  const [phase, setPhase] = useState<Phase>({ kind: startNow ? "starting" : "idle" });
  const [now, setNow] = useState(() => Date.now());
  const [level, setLevel] = useState(0);
  const [status, setStatus] = useState("");
  const [kept, setKept] = useState<(RecordedAudio & { createdAt: number }) | null>(null);
  const [useTarget, setUseTarget] = useState(true);
  const live = useRef<Recording | null>(null);
  const button = useRef<HTMLButtonElement>(null);

  const finish = useCallback(
    async (recording: Recording, mounted: boolean) => {
      // The timer, the key and leaving the card may all ask to stop; the take is saved once.
      if (live.current !== recording) return;
      live.current = null;
      if (mounted) setPhase({ kind: "saving" });
      const audio = await recording.stop();
      keepAsked ??= askToKeepTakes();
      const keep = keepNotice(await keepAsked);
      const createdAt = recording.startedAt;
      const result = await saveTake({ questionId, mockStartedAt, createdAt, ...audio });
      if (!mounted) return;
      setPhase({ kind: "idle" });
      if (result.kind === "saved") {
        setKept(null);
        setStatus(`Take saved (${formatTakeLength(audio.durationMs)}). ${keep}`.trim());
      } else {
        setKept({ ...audio, createdAt });
        setStatus(result.message);
      }
    },
    [questionId, mockStartedAt],
  );

  const start = useCallback(async () => {
    setPhase({ kind: "starting" });
    setStatus("");
    const result = await startRecording();
    if (result.kind === "problem") return setPhase({ kind: "problem", problem: result.problem });
    live.current = result.recording;
    setNow(Date.now());
    setPhase({ kind: "recording", recording: result.recording });
  }, []);

  const toggle = useCallback(() => {
    if (live.current) void finish(live.current, true);
    else if (phase.kind === "idle" || phase.kind === "intro" || phase.kind === "problem") void start();
  }, [finish, start, phase.kind]);

  // The first use explains what is recorded before anything is; later uses start at once.
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current || !startNow) return;
    asked.current = true;
    takeUsage().then(
      (usage) => (usage.takes === 0 ? setPhase({ kind: "intro" }) : void start()),
      () => void start(),
    );
  }, [startNow, start]);

  // A take still running when the card moves on (the reveal, the next question) is saved.
  useEffect(
    () => () => {
      if (live.current) void finish(live.current, false);
    },
    [finish],
  );

  const recording = phase.kind === "recording" ? phase.recording : null;
  const target = useTarget ? targetMs : undefined;
  const stopAt = target ? Math.min(maxMs, 2 * target) : maxMs;
  useEffect(() => {
    if (!recording) return;
    const timer = window.setInterval(() => {
      const at = Date.now();
      setNow(at);
      setLevel(recording.level());
      if (at - recording.startedAt >= stopAt) void finish(recording, true);
    }, 100);
    return () => window.clearInterval(timer);
  }, [recording, stopAt, finish]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key.toLowerCase() !== "r" || event.metaKey || event.ctrlKey || event.altKey) return;
      if (isTextEntry(event.target) || document.querySelector("dialog[open]")) return;
      event.preventDefault();
      toggle();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [toggle]);

  const elapsed = recording ? Math.max(0, now - recording.startedAt) : 0;
  return (
    <div className="answer-aloud" role="group" aria-label="Answer aloud">
      {phase.kind === "intro" ? (
        <p className="answer-aloud-intro">
          Answering aloud records your microphone only while the timer runs. The audio stays in this browser
          (IndexedDB): it is never uploaded and is not part of the progress export. The last 3 takes of each question
          are kept; delete them any time on the progress page.
        </p>
      ) : null}
      {recording ? (
        <div className="recorder-live">
          <p className="recorder-time" aria-live="off">
            <span className="recording-dot" aria-hidden="true" /> Recording{" "}
            <strong data-testid="record-timer">{formatTakeLength(elapsed)}</strong>
            {target ? <span> of {formatTakeLength(target)} target</span> : null}
          </p>
          {target ? (
            <label className="recorder-bar">
              <span>Spoken</span>
              <progress
                className="recorder-target"
                max={target}
                value={Math.min(elapsed, target)}
                aria-label="Time spoken against the target"
              />
            </label>
          ) : null}
          <label className="recorder-bar">
            <span>Level</span>
            <meter
              className="recorder-level"
              min={0}
              max={1}
              low={0.1}
              high={0.9}
              optimum={0.5}
              value={level}
              aria-label="Microphone level"
            />
          </label>
        </div>
      ) : null}
      <p className="answer-aloud-controls">
        <button
          ref={button}
          type="button"
          className={recording ? "button-danger record-button" : "button-quiet record-button"}
          onClick={toggle}
          disabled={phase.kind === "starting" || phase.kind === "saving"}
          aria-pressed={recording ? true : false}
        >
          {recording
            ? "Stop recording"
            : phase.kind === "starting"
              ? "Starting the microphone…"
              : phase.kind === "saving"
                ? "Saving the take…"
                : phase.kind === "intro"
                  ? "Start recording"
                  : "Answer aloud"}{" "}
          <kbd>R</kbd>
        </button>
        {targetMs && !recording ? (
          <label className="choice">
            <input type="checkbox" checked={useTarget} onChange={(e) => setUseTarget(e.target.checked)} />
            Aim for {formatTakeLength(targetMs)} (stops at {formatTakeLength(Math.min(maxMs, 2 * targetMs))})
          </label>
        ) : null}
      </p>
      {phase.kind === "problem" ? (
        <p className="notice" role="alert">
          {recorderMessages[phase.problem]}
        </p>
      ) : null}
      <p role="status" className="answer-aloud-status">
        {status}
      </p>
      {kept ? (
        <ol className="take-list" aria-label="Take kept on this page only">
          <TakePlayer
            blob={kept.blob}
            mimeType={kept.mimeType || "application/octet-stream"}
            createdAt={kept.createdAt}
            durationMs={kept.durationMs}
            label="Unsaved take"
          />
        </ol>
      ) : null}
    </div>
  );
}
