"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { readPreference, writePreference } from "@/lib/voice/client";
import { decodeInterviewerSettings, interviewerSettingsKey, spokenText, type InterviewerSettings } from "@/lib/voice";

const hasSynthesis = () => typeof window !== "undefined" && "speechSynthesis" in window;

// Only the device's own voices: a network voice would send the questions to a speech service.
function subscribeVoices(listener: () => void) {
  if (!hasSynthesis()) return () => {};
  speechSynthesis.addEventListener("voiceschanged", listener);
  return () => speechSynthesis.removeEventListener("voiceschanged", listener);
}
let cached: SpeechSynthesisVoice[] = [];
function localVoices(): SpeechSynthesisVoice[] {
  if (!hasSynthesis()) return cached;
  const now = speechSynthesis.getVoices().filter((v) => v.localService);
  if (now.length !== cached.length || now.some((v, i) => v !== cached[i])) cached = now;
  return cached;
}

/**
 * Reads each question and newly asked follow-up aloud when switched on (off by default), in a
 * local voice at the chosen rate. Where no local voice exists, says why it is unavailable.
 */
export function InterviewerVoice({ texts }: { texts: readonly string[] }) {
  const [settings, setSettings] = useState<InterviewerSettings>(() =>
    decodeInterviewerSettings(typeof window === "undefined" ? null : readPreference(interviewerSettingsKey)),
  );
  const voices = useSyncExternalStore(subscribeVoices, localVoices, () => cached);
  const supported = useSyncExternalStore(subscribeVoices, hasSynthesis, () => false);
  const change = (patch: Partial<InterviewerSettings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    writePreference(interviewerSettingsKey, JSON.stringify(next));
    if (!next.on && supported) speechSynthesis.cancel();
  };
  const available = supported && voices.length > 0;
  const latest = texts.at(-1) ?? "";
  const voice = voices.find((v) => v.voiceURI === settings.voice) ?? voices.find((v) => v.default) ?? voices[0];
  useEffect(() => {
    if (!settings.on || !available || !latest || !voice) return;
    try {
      const utterance = new SpeechSynthesisUtterance(spokenText(latest));
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = settings.rate;
      speechSynthesis.cancel();
      speechSynthesis.speak(utterance);
    } catch {
      // A voice that vanished or a half-implemented engine: the interview goes on silently.
    }
    // Only a new question or follow-up is read; changing the voice or rate takes effect on the next.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [latest, settings.on, available]);
  useEffect(() => () => void (hasSynthesis() && speechSynthesis.cancel()), []);

  return (
    <details className="interviewer-voice">
      <summary>Interviewer voice: {available && settings.on ? "on" : "off"}</summary>
      {!supported ? (
        <p className="hint">This browser has no speech synthesis, so the interviewer cannot read questions aloud.</p>
      ) : voices.length === 0 ? (
        <p className="hint">
          No voice is installed on this device. Followup uses only the device’s own voices, so questions are never sent
          to an online speech service; install a system voice to hear them.
        </p>
      ) : (
        <div className="field-grid">
          <label className="choice">
            <input type="checkbox" checked={settings.on} onChange={(e) => change({ on: e.target.checked })} />
            Read each question and follow-up aloud
          </label>
          <label className="field">
            <span className="field-label">Voice</span>
            <select value={voice?.voiceURI ?? ""} onChange={(e) => change({ voice: e.target.value })}>
              {voices.map((v) => (
                <option key={v.voiceURI} value={v.voiceURI}>
                  {v.name} ({v.lang})
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label">Rate ({settings.rate.toFixed(1)}×)</span>
            <input
              type="range"
              min={0.5}
              max={2}
              step={0.1}
              value={settings.rate}
              onChange={(e) => change({ rate: Number(e.target.value) })}
            />
          </label>
        </div>
      )}
    </details>
  );
}
