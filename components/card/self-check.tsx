import type { CardDetails } from "@/lib/deck";
import type { GradingMode } from "@/lib/progress/client";
import { suggestGrade } from "@/lib/voice";
import { gradeButtonLabel } from "./grade-buttons";
import { InlineText } from "@/components/question";

interface Props {
  question: Pick<CardDetails, "interviewerIntent" | "redFlag">;
  /** Distinguishes the radio groups when several questions are on one page. */
  name: string;
  ticked: number[];
  onTick: (index: number) => void;
  saidRedFlag: boolean | null;
  onRedFlag: (said: boolean) => void;
  /** The grade buttons' mode, so the suggested grade is named as its button is. */
  grading?: GradingMode;
}

/**
 * The rubric a candidate grades against: the interviewer's intent as a checklist, then the red flag.
 * An imported question may lack either; the part is then left out rather than shown empty.
 */
export function SelfCheck({ question, name, ticked, onTick, saidRedFlag, onRedFlag, grading = "four" }: Props) {
  const suggestion = suggestGrade(
    ticked.length,
    question.interviewerIntent.length,
    question.redFlag ? saidRedFlag : null,
  );
  return (
    <>
      {question.interviewerIntent.length > 0 ? (
        <fieldset className="checklist">
          <legend>Did you cover what the interviewer is testing?</legend>
          {question.interviewerIntent.map((point, i) => (
            <label key={point} className="choice">
              <input type="checkbox" checked={ticked.includes(i)} onChange={() => onTick(i)} />
              <InlineText text={point} />
            </label>
          ))}
        </fieldset>
      ) : null}
      {question.redFlag ? (
        <fieldset className="red-flag-check">
          <legend>Red flag: did you say this?</legend>
          <p>
            <InlineText text={question.redFlag} />
          </p>
          <label className="choice">
            <input type="radio" name={name} checked={saidRedFlag === true} onChange={() => onRedFlag(true)} />
            Yes, I said something like it
          </label>
          <label className="choice">
            <input type="radio" name={name} checked={saidRedFlag === false} onChange={() => onRedFlag(false)} />
            No
          </label>
        </fieldset>
      ) : null}
      {/* Ticks made while listening to a take point to a grade; the choice stays the user's. */}
      <p className="grade-suggestion" aria-live="polite">
        {suggestion ? (
          <>
            Your ticks suggest <strong>{gradeButtonLabel(suggestion.rating, grading)}</strong> ({suggestion.reason}).
          </>
        ) : null}
      </p>
    </>
  );
}
