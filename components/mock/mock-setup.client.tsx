"use client";

import { useState } from "react";
import type { Deck } from "@/lib/deck";
import { designPhases } from "@/lib/mock";
import { designRoundPreset, difficulties, limits, presets, type MockSettings, encodeSettings } from "@/lib/mock/client";
import { CheckboxGroup, SectionGroups } from "@/components/card";

const toggle = <T,>(list: T[], v: T) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);

function NumberField({
  label,
  value,
  range,
  onChange,
}: {
  label: string;
  value: number;
  range: readonly [number, number];
  onChange: (n: number) => void;
}) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <input
        type="number"
        min={range[0]}
        max={range[1]}
        value={value}
        onChange={(e) =>
          onChange(Math.min(range[1], Math.max(range[0], Math.round(Number(e.target.value)) || range[0])))
        }
      />
    </label>
  );
}

/** Whether the settings are exactly a preset's, so its button shows as chosen. */
const matchesPreset = (s: MockSettings, preset: (typeof presets)[number]["settings"]) =>
  (Object.keys(preset) as (keyof typeof preset)[]).every((k) => s[k] === preset[k]);

/** Presets or custom settings; the same settings and seed always draw the same questions. */
export function MockSetup({
  deck,
  track,
  designTracks,
  initial,
  onStart,
}: {
  /** The questions of the chosen track, or of every track. */
  deck: Deck;
  track: string | null;
  /** Every track that has design questions, whichever is chosen. */
  designTracks: { slug: string; title: string }[];
  initial: MockSettings;
  onStart: (s: MockSettings) => void;
}) {
  const [s, set] = useState<MockSettings>(initial);
  const link = typeof window === "undefined" ? "" : `${window.location.origin}/mock${encodeSettings(s, track)}`;
  const round = s.format === "design-round";
  // The round is offered where its questions are; elsewhere it says where to find them.
  const noDesign = !deck.questions.some((q) => q.kind === "design");
  const trackTitle = deck.tracks.find((t) => t.slug === track)?.title;
  return (
    <form
      className="scope-form"
      onSubmit={(e) => {
        e.preventDefault();
        onStart(s);
      }}
    >
      <fieldset className="presets">
        <legend>Presets</legend>
        {presets.map((p) => (
          <button
            key={p.id}
            type="button"
            className="button-quiet preset"
            aria-pressed={matchesPreset(s, p.settings)}
            disabled={p === designRoundPreset && noDesign}
            aria-describedby={p === designRoundPreset && noDesign ? "design-round-reason" : undefined}
            onClick={() => set({ ...s, ...p.settings })}
          >
            {p.label}
          </button>
        ))}
        {noDesign ? (
          <p id="design-round-reason" className="muted preset-reason">
            {trackTitle ? `${trackTitle} has no design questions.` : "No track has design questions yet."}
            {designTracks.map((t) => (
              <span key={t.slug}>
                {" "}
                <a href={`/mock${encodeSettings({ ...s, ...designRoundPreset.settings, sections: [] }, t.slug)}`}>
                  Run a design round from {t.title}
                </a>
              </span>
            ))}
          </p>
        ) : null}
      </fieldset>
      {round ? (
        <section className="round-plan" aria-labelledby="round-plan-title">
          <h2 id="round-plan-title" className="panel-title">
            The design round
          </h2>
          <ol>
            {designPhases.map((p) => (
              <li key={p.id}>
                {p.label}: {p.minutes} minutes
              </li>
            ))}
          </ol>
          <p>
            One design question. Move to the next phase when you are ready with <kbd>N</kbd>; a phase that runs past its
            plan is marked, never stopped. In the deep dive the interviewer’s follow-ups come one at a time, the next
            with <kbd>F</kbd>. The report sets your time in each phase beside the model answer’s structure.
          </p>
        </section>
      ) : (
        <>
          <fieldset className="field-grid">
            <legend>Timing</legend>
            <NumberField
              label="Questions"
              value={s.count}
              range={limits.count}
              onChange={(count) => set({ ...s, count })}
            />
            <NumberField
              label="Minutes per question"
              value={s.minutesPerQuestion}
              range={limits.minutesPerQuestion}
              onChange={(minutesPerQuestion) => set({ ...s, minutesPerQuestion })}
            />
            <NumberField
              label="Overall limit (minutes)"
              value={s.overallMinutes}
              range={limits.overallMinutes}
              onChange={(overallMinutes) => set({ ...s, overallMinutes })}
            />
            <label className="field">
              <span className="field-label">When a question’s time runs out</span>
              <select
                value={s.onTimeUp}
                onChange={(e) => set({ ...s, onTimeUp: e.target.value === "overtime" ? "overtime" : "lock" })}
              >
                <option value="lock">lock it and move on</option>
                <option value="overtime">keep going in overtime</option>
              </select>
            </label>
          </fieldset>
          <fieldset className="field-grid">
            <legend>Follow-ups</legend>
            <NumberField
              label="How deep (per question)"
              value={s.depth}
              range={limits.depth}
              onChange={(depth) => set({ ...s, depth })}
            />
            <NumberField
              label="Ask automatically after (% of time, 0 = only on request)"
              value={s.autoFollowUpPercent}
              range={limits.autoFollowUpPercent}
              onChange={(autoFollowUpPercent) => set({ ...s, autoFollowUpPercent })}
            />
          </fieldset>
        </>
      )}
      <SectionGroups
        tracks={deck.tracks}
        sections={deck.sections}
        selected={s.sections}
        onToggle={(slug) => set({ ...s, sections: toggle(s.sections, slug) })}
      />
      <CheckboxGroup
        legend="Difficulty (none ticked means all)"
        options={difficulties.map((d) => ({ value: d, label: d }))}
        selected={s.difficulties}
        onToggle={(d) => set({ ...s, difficulties: toggle(s.difficulties, d as (typeof difficulties)[number]) })}
      />
      <p className="scope-start">
        <button type="submit" className="button-primary">
          {round ? "Start the design round" : "Start the mock interview"}
        </button>{" "}
        <span className="muted">Seed {s.seed}</span>
      </p>
      <p className="share-line">
        Same questions for a friend: <a href={link}>{link.replace(/^https?:\/\//, "")}</a>
      </p>
    </form>
  );
}
