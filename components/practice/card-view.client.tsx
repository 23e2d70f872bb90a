"use client";

import { useEffect, useRef } from "react";
import type { DeckQuestion } from "@/lib/deck";
import { hasMore, type Session, type SessionAction } from "@/lib/practice/client";
import type { GradingMode, Rating } from "@/lib/progress/client";
import { InlineText } from "@/components/question";
import { GradeButtons, SelfCheck } from "@/components/card";
import { ModelAnswer } from "@/components/card/model-answer.client";
import { useCardDetails } from "@/components/card/client";
import { SavedNoteSlot } from "@/components/notes/lazy-saved-note.client";
import { LazyAnswerAloud } from "@/components/voice/lazy-answer-aloud.client";
import { LazySpokenTakes } from "@/components/voice/lazy-spoken-takes.client";
import { longestTakeMs, targetMsFor } from "@/lib/voice";

interface Props {
  question: DeckQuestion;
  session: Session;
  grading: GradingMode;
  dispatch: (action: SessionAction) => void;
  onGrade: (rating: Rating) => void;
  due?: (rating: Rating) => number;
}

/**
 * The current card at its current step. Focus moves to each step's heading as it appears, except
 * on "Card done", where it goes to the button that moves on, so Enter does the obvious thing.
 */
export function CardView({ question, session, grading, dispatch, onGrade, due }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  const { step, followUp } = session;
  useEffect(() => {
    const target = next.current ?? heading.current;
    // Focus without the browser's own scroll, then bring the step's heading to rest below the sticky header.
    target?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: "start" });
  }, [step, followUp, question.id]);
  const { cards, error } = useCardDetails([question.id]);
  const details = cards?.get(question.id);
  const current = details?.followUps[followUp];
  const again = session.retry ? "Again: " : "";
  const ladder = `${again}Follow-up ${followUp + 1} of ${question.followUpCount}`;
  const more = hasMore(session);
  const pending = error ? <p role="alert">{error}</p> : <p aria-busy="true">Loading this card…</p>;

  if (step === "question" || step === "answer") {
    return (
      <section className="card" aria-labelledby="card-heading">
        <p className="card-kicker">{again}Question</p>
        <h2 id="card-heading" ref={heading} tabIndex={-1}>
          {question.title}
        </h2>
        {step === "question" ? (
          <>
            <label className="notes-label" htmlFor="notes">
              Outline your answer (optional, stays in this browser)
            </label>
            <textarea
              id="notes"
              rows={5}
              value={session.notes}
              onChange={(e) => dispatch({ type: "notes", text: e.target.value })}
            />
            <LazyAnswerAloud
              key={question.id}
              questionId={question.id}
              targetMs={targetMsFor[question.difficulty]}
              maxMs={longestTakeMs}
            />
            <button type="button" className="button-primary" onClick={() => dispatch({ type: "reveal" })}>
              Reveal the answer <kbd>Space</kbd>
            </button>
          </>
        ) : (
          <>
            {session.notes ? (
              <div className="your-notes">
                <h3>Your outline</h3>
                <p>{session.notes}</p>
              </div>
            ) : null}
            <LazySpokenTakes questionId={question.id} />
            <h3>Model answer</h3>
            <ModelAnswer id={question.id} />
            <SavedNoteSlot id={question.id} />
            {details ? (
              <SelfCheck
                question={details}
                name="red-flag"
                ticked={session.ticked}
                onTick={(index) => dispatch({ type: "tick", index })}
                saidRedFlag={session.saidRedFlag}
                onRedFlag={(said) => dispatch({ type: "red-flag", said })}
                grading={grading}
              />
            ) : (
              pending
            )}
            <GradeButtons grading={grading} onGrade={onGrade} due={due} />
          </>
        )}
      </section>
    );
  }

  if ((step === "follow-up" || step === "follow-up-answer") && !details) {
    return (
      <section className="card" aria-labelledby="card-heading">
        <p className="card-kicker">{ladder}</p>
        <h2 id="card-heading" ref={heading} tabIndex={-1}>
          {question.title}
        </h2>
        {pending}
      </section>
    );
  }

  if ((step === "follow-up" || step === "follow-up-answer") && current) {
    return (
      <section className="card" aria-labelledby="card-heading">
        <p className="card-kicker">{ladder}</p>
        <h2 id="card-heading" ref={heading} tabIndex={-1}>
          <InlineText text={current.question} />
        </h2>
        {step === "follow-up" ? (
          <button type="button" className="button-primary" onClick={() => dispatch({ type: "reveal" })}>
            Reveal the answer <kbd>Space</kbd>
          </button>
        ) : (
          <>
            <div className="follow-up-answer">
              <h3>{current.recall ? "Recall prompt" : "Model answer"}</h3>
              <p>
                <InlineText text={current.answer} />
              </p>
            </div>
            <GradeButtons grading={grading} onGrade={onGrade} due={due} />
          </>
        )}
        <p>
          <button type="button" className="button-quiet" onClick={() => dispatch({ type: "stop-ladder" })}>
            Stop the ladder here <kbd>S</kbd>
          </button>
        </p>
      </section>
    );
  }

  return (
    <section className="card" aria-labelledby="card-heading">
      <h2 id="card-heading" ref={heading} tabIndex={-1}>
        {more ? "Question done" : "Last question done"}
      </h2>
      <p>
        {session.retry
          ? `You answered “${question.title}” ${session.retry.followUp === null ? "" : `(follow-up ${session.retry.followUp + 1}) `}once more.`
          : `You reached ${Math.min(followUp + 1, question.followUpCount)} of ${question.followUpCount} follow-ups on “${question.title}”.`}
      </p>
      <button type="button" className="button-primary" ref={next} onClick={() => dispatch({ type: "next" })}>
        {more ? "Next question" : "Finish"} <kbd>N</kbd>
      </button>
    </section>
  );
}
