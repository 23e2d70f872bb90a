import "client-only";
import { useId, useState } from "react";
import { parametersTextProblem, parseParameters } from "@/lib/plan/client";
import { changePlan } from "@/components/progress/client";

/** Imports an FSRS parameter vector to use instead of the defaults, or goes back to them. */
export function ParametersForm({ parameters, readOnly }: { parameters: number[] | null; readOnly: boolean }) {
  const id = useId();
  const [text, setText] = useState("");
  const [parseErrors, setErrors] = useState<string[]>([]);
  const [sizeProblem, setSizeProblem] = useState<string | null>(null);
  const errors = sizeProblem === null ? parseErrors : [sizeProblem];
  function apply() {
    const parsed = parseParameters(text);
    if (parsed.ok) {
      changePlan({ parameters: parsed.parameters });
      setText("");
    }
    setErrors(parsed.ok ? [] : parsed.errors);
  }
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="panel-title">
        FSRS parameters
      </h2>
      <p>
        {parameters
          ? "Your own parameters are in use for scheduling and expected recall."
          : "The default FSRS parameters are in use."}{" "}
        Optimising needs a few hundred reviews before it beats the defaults: export your review log as CSV on the
        progress page, run the FSRS optimizer on it, and paste the numbers it gives here.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        <fieldset disabled={readOnly} className="plan-parameters">
          <legend className="visually-hidden">Import parameters</legend>
          <label htmlFor={`${id}-text`}>Parameters (17, 19 or 21 numbers)</label>
          <textarea
            id={`${id}-text`}
            rows={3}
            value={text}
            aria-describedby={errors.length > 0 ? `${id}-errors` : undefined}
            onChange={(e) => {
              // A huge paste is refused at once, before it is laid out or read.
              const problem = parametersTextProblem(e.currentTarget.value);
              if (problem === null) setText(e.currentTarget.value);
              setSizeProblem(problem);
            }}
          />
          <p>
            <button type="submit" className="button-quiet">
              Use these parameters
            </button>{" "}
            {parameters ? (
              <button type="button" className="button-quiet" onClick={() => changePlan({ parameters: null })}>
                Go back to the defaults
              </button>
            ) : null}
          </p>
        </fieldset>
      </form>
      {errors.length > 0 ? (
        <ul id={`${id}-errors`} role="alert" className="error-text">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
