"use client";

import { useId, useState, useSyncExternalStore } from "react";
import {
  estimateFieldNames,
  estimateFields,
  estimateFigures,
  readInputs,
  type EstimateTexts,
  type Figure,
} from "@/lib/estimate";
import { EstimateTable } from "./estimate-table";

const noSubscription = () => () => undefined;

/**
 * An estimate whose inputs can be changed: the figures follow as you type; while any input does
 * not read, its message shows and the figures stay those of the last inputs that did. The server
 * renders it with the authored inputs, so the figures are right before (and without) script; the
 * fields stay disabled until the script can act on them.
 */
export function EstimateIsland({ title, authored }: { title: string; authored: EstimateTexts }) {
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const id = useId();
  const [texts, setTexts] = useState(authored);
  const [figures, setFigures] = useState<readonly Figure[]>(() => {
    const read = readInputs(authored);
    // The build refused any block whose authored inputs do not read, so this branch is only a guard.
    return read.ok ? estimateFigures(read.values) : [];
  });
  const read = readInputs(texts);
  const problems = read.ok ? {} : read.problems;
  const changed = estimateFieldNames.some((name) => texts[name] !== authored[name]);

  function update(next: EstimateTexts) {
    setTexts(next);
    const result = readInputs(next);
    if (result.ok) setFigures(estimateFigures(result.values));
  }

  return (
    <figure className="estimate" aria-labelledby={`${id}-title`}>
      <figcaption className="estimate-title" id={`${id}-title`}>
        <span className="callout-label">Estimate</span> {title}
      </figcaption>
      <fieldset className="field-grid estimate-fields" disabled={!ready}>
        <legend>Inputs</legend>
        {estimateFieldNames.map((name) => {
          const field = estimateFields[name];
          const problem = problems[name];
          return (
            <label key={name} className="field">
              <span className="field-label">
                {field.label}
                {"unit" in field && <span className="estimate-unit"> ({field.unit})</span>}
              </span>
              <input
                type="text"
                name={name}
                value={texts[name]}
                autoComplete="off"
                spellCheck={false}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? `${id}-${name}-problem` : undefined}
                onChange={(event) => update({ ...texts, [name]: event.target.value })}
              />
              {problem && (
                <span className="estimate-problem" id={`${id}-${name}-problem`}>
                  {problem}
                </span>
              )}
            </label>
          );
        })}
        <div className="estimate-actions">
          <button type="button" className="button-quiet" disabled={!changed} onClick={() => update(authored)}>
            Reset
          </button>
        </div>
      </fieldset>
      <p className="estimate-status" aria-live="polite">
        {read.ok ? "" : "Some inputs do not read; the figures are for the last inputs that did."}
      </p>
      <EstimateTable figures={figures} caption={`Figures for ${title}`} live />
    </figure>
  );
}
