import "client-only";
import { pickRecordingType, recorderProblemOf, type RecorderProblem } from "./recording-rules";

const speechBitsPerSecond = 32_000;

export interface RecordedAudio {
  blob: Blob;
  /** The type the recorder produced, as it reported it. */
  mimeType: string;
  durationMs: number;
}

export interface Recording {
  /** Stops and resolves with everything recorded so far. */
  stop: () => Promise<RecordedAudio>;
  /** Input loudness from 0 to 1, read from an AnalyserNode whenever the caller asks. */
  level: () => number;
  startedAt: number;
}

export type StartResult = { kind: "recording"; recording: Recording } | { kind: "problem"; problem: RecorderProblem };

/** Why recording cannot even be tried in this browser, before asking for the microphone. */
export function recorderUnavailable(): RecorderProblem | null {
  if (typeof window === "undefined" || typeof MediaRecorder === "undefined") return "no-recorder";
  if (!window.isSecureContext || !navigator.mediaDevices?.getUserMedia) return "insecure";
  return null;
}

function meter(stream: MediaStream): { level: () => number; close: () => void } {
  const AudioContextClass = window.AudioContext;
  if (!AudioContextClass) return { level: () => 0, close: () => {} };
  const context = new AudioContextClass();
  const analyser = context.createAnalyser();
  analyser.fftSize = 512;
  context.createMediaStreamSource(stream).connect(analyser);
  const samples = new Uint8Array(analyser.fftSize);
  return {
    level() {
      analyser.getByteTimeDomainData(samples);
      let sum = 0;
      for (const s of samples) sum += ((s - 128) / 128) ** 2;
      // Speech sits low on a linear scale; the square root spreads it over the meter.
      return Math.min(1, Math.sqrt(Math.sqrt(sum / samples.length)) * 1.4);
    },
    close: () => void context.close().catch(() => {}),
  };
}

/** Asks for the microphone and starts recording in the first container the browser supports. */
export async function startRecording(): Promise<StartResult> {
  const unavailable = recorderUnavailable();
  if (unavailable) return { kind: "problem", problem: unavailable };
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  } catch (error) {
    return { kind: "problem", problem: recorderProblemOf(error) };
  }
  const release = () => stream.getTracks().forEach((track) => track.stop());
  let recorder: MediaRecorder;
  try {
    const mimeType = pickRecordingType((type) => MediaRecorder.isTypeSupported(type));
    // Speech needs far less than the browser's music-grade default, and takes stay small on disk.
    recorder = new MediaRecorder(stream, {
      audioBitsPerSecond: speechBitsPerSecond,
      ...(mimeType ? { mimeType } : {}),
    });
  } catch (error) {
    release();
    return { kind: "problem", problem: recorderProblemOf(error) };
  }
  const chunks: Blob[] = [];
  recorder.addEventListener("dataavailable", (event) => {
    if (event.data.size > 0) chunks.push(event.data);
  });
  const level = meter(stream);
  const startedAt = Date.now();
  // Chunks every second, so a take cut short (a closed tab aside) still holds what was said.
  recorder.start(1000);
  let stopping: Promise<RecordedAudio> | null = null;
  return {
    kind: "recording",
    recording: {
      startedAt,
      level: level.level,
      stop() {
        stopping ??= new Promise<RecordedAudio>((resolve) => {
          const durationMs = Date.now() - startedAt;
          recorder.addEventListener(
            "stop",
            () => {
              level.close();
              release();
              const mimeType = recorder.mimeType || chunks[0]?.type || "";
              resolve({ blob: new Blob(chunks, { type: mimeType }), mimeType, durationMs });
            },
            { once: true },
          );
          if (recorder.state === "inactive") recorder.dispatchEvent(new Event("stop"));
          else recorder.stop();
        });
        return stopping;
      },
    },
  };
}
