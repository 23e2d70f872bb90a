"use client";

import { useState } from "react";
import type { TagOption } from "@/lib/content";
import type { Deck } from "@/lib/deck";
import {
  buildQueue,
  defaultScope,
  difficulties,
  whichOptions,
  type Scope,
  type Which,
  browserToday,
} from "@/lib/practice/client";
import type { GradingMode, Progress } from "@/lib/progress/client";
import { CheckboxGroup, SectionGroups } from "@/components/card";

const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

/** Choose what to practise; the default (due first, then new, 10 questions) starts with one click. */
export function ScopeForm({
  deck,
  tags,
  progress,
  onStart,
  onGrading,
  initialSections = [],
  include = [],
}: {
  initialSections?: string[];
  /** Questions asked first whatever the scope (a mock's flagged ones), shown as such. */
  include?: string[];
  deck: Deck;
  /** The track's tag vocabulary in picker order. */
  tags: TagOption[];
  progress: Progress;
  onStart: (queue: string[]) => void;
  onGrading: (grading: GradingMode) => void;
}) {
  const [scope, setScope] = useState<Scope>({ ...defaultScope, sections: initialSections, include });
  const queue = buildQueue(deck, progress, scope, new Date(), browserToday());
  return (
    <form
      className="scope-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (queue.length > 0) onStart(queue);
      }}
    >
      <p className="scope-start">
        <button type="submit" className="button-primary" disabled={queue.length === 0}>
          Start {queue.length} question{queue.length === 1 ? "" : "s"}
        </button>{" "}
        <span aria-live="polite">{queue.length === 0 ? "Nothing matches this scope; widen it below." : ""}</span>
      </p>
      {scope.include.length > 0 ? (
        <p className="plan-muted">
          The {scope.include.length === 1 ? "question" : `${scope.include.length} questions`} your mock flagged come
          first, even if still in learning.
        </p>
      ) : null}
      <fieldset>
        <legend>Which questions</legend>
        {whichOptions.map((o) => (
          <label key={o.value} className="choice">
            <input
              type="radio"
              name="which"
              value={o.value}
              checked={scope.which === o.value}
              onChange={() => setScope({ ...scope, which: o.value as Which })}
            />
            {o.label}
          </label>
        ))}
      </fieldset>
      <SectionGroups
        tracks={deck.tracks}
        sections={deck.sections}
        selected={scope.sections}
        onToggle={(slug) => setScope({ ...scope, sections: toggle(scope.sections, slug) })}
      />
      <CheckboxGroup
        legend="Difficulty (none ticked means all)"
        options={difficulties.map((d) => ({ value: d, label: d }))}
        selected={scope.difficulties}
        onToggle={(d) =>
          setScope({ ...scope, difficulties: toggle(scope.difficulties, d as (typeof difficulties)[number]) })
        }
      />
      <details className="tag-picker">
        <summary>Tags {scope.tags.length > 0 ? `(${scope.tags.length} chosen)` : "(any)"}</summary>
        {tags.map((t) => (
          <label key={t.slug} className="choice">
            <input
              type="checkbox"
              checked={scope.tags.includes(t.slug)}
              onChange={() => setScope({ ...scope, tags: toggle(scope.tags, t.slug) })}
            />
            {t.title}
          </label>
        ))}
      </details>
      <fieldset className="field-grid">
        <legend>Session</legend>
        <label className="field">
          <span className="field-label">Questions</span>
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={100}
            value={scope.limit}
            onChange={(e) => setScope({ ...scope, limit: Math.min(100, Math.max(1, Number(e.target.value) || 1)) })}
          />
        </label>
        <label className="choice">
          <input
            type="checkbox"
            checked={progress.settings.grading === "pass-fail"}
            onChange={(e) => onGrading(e.target.checked ? "pass-fail" : "four")}
          />
          Simple pass/fail grading
        </label>
      </fieldset>
    </form>
  );
}
