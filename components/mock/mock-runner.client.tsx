"use client";

import { useEffect, useRef } from "react";
import type { Deck } from "@/lib/deck";
import { deepDiveIndex, designPhases } from "@/lib/mock";
import {
  current,
  currentPhase,
  isDesignRound,
  maxPauses,
  overallRemaining,
  questionRemaining,
  type MockSession,
  mockStore,
} from "@/lib/mock/client";
import { InlineText } from "@/components/question";
import { InlineConfirm } from "@/components/shared/inline-confirm.client";
import { useCardDetails } from "@/components/card/client";
import { RoundClock } from "./round-clock";
import { LazyAnswerAloud } from "@/components/voice/lazy-answer-aloud.client";
import { LazyInterviewerVoice } from "@/components/voice/lazy-interviewer-voice.client";
import { formatClock, useNow } from "./use-now";

export type Confirmable = "skip" | "end";

const confirmations = {
  skip: { question: "Skip this question? It cannot be answered later.", label: "Skip" },
  end: { question: "End the interview now?", label: "End" },
} as const;

/** One question at a time with both countdowns, the follow-ups asked so far, notes and controls. */
export function MockRunner({
  deck,
  session,
  confirm,
  onConfirm,
}: {
  deck: Deck;
  session: MockSession;
  /** Which irreversible step is waiting for a yes, if any. */
  confirm: Confirmable | null;
  onConfirm: (which: Confirmable | null) => void;
}) {
  const now = useNow();
  const heading = useRef<HTMLHeadingElement>(null);
  const run = current(session);
  const question = deck.questions.find((q) => q.id === run.id);
  const followUpCounts = Object.fromEntries(deck.questions.map((q) => [q.id, q.followUpCount]));
  const available = Math.min(session.settings.depth, question?.followUpCount ?? 0);
  // Every question of this interview is fetched at its start, so moving on never waits.
  const { cards, error } = useCardDetails(session.questionIds);
  const followUps = cards?.get(run.id)?.followUps ?? [];
  const qLeft = now ? questionRemaining(session, now) : questionRemaining(session, session.startedAt);
  const allLeft = now ? overallRemaining(session, now) : overallRemaining(session, session.startedAt);
  const paused = session.pausedAt !== null;
  const phase = isDesignRound(session) ? currentPhase(session, now || session.startedAt) : null;

  // Deadlines are applied from timestamps on every tick, including the first after a hidden tab.
  useEffect(() => {
    if (now) mockStore.dispatch({ type: "tick", now, followUpCounts });
  });
  useEffect(() => heading.current?.focus(), [run.id]);
  // A question asked about one question never applies to the next (a deadline may have moved on).
  useEffect(() => onConfirm(null), [run.id, onConfirm]);

  // Polite announcements at one minute left and at time up, each made once, newest first.
  const q = session.runs.length;
  const candidates = [
    phase?.over
      ? { key: `phase${phase.index}-over`, text: `${designPhases[phase.index]!.label} has run past its plan.` }
      : null,
    session.runs[q - 2]?.outcome === "timed-out"
      ? { key: `q${q - 1}-locked`, text: `Time is up for question ${q - 1}; it was locked.` }
      : null,
    qLeft <= 0 && session.settings.onTimeUp === "overtime"
      ? { key: `q${q}-up`, text: "Time is up for this question; you are in overtime." }
      : null,
    qLeft <= 60_000 && qLeft > 0 && !phase ? { key: `q${q}-1m`, text: "One minute left on this question." } : null,
    allLeft <= 60_000 ? { key: "all-1m", text: "One minute left in the interview." } : null,
  ].filter((c): c is { key: string; text: string } => c !== null);
  const pending = candidates.find((c) => !session.announced.includes(c.key));
  useEffect(() => {
    if (pending) mockStore.dispatch({ type: "announced", key: pending.key });
  }, [pending]);
  const lastAnnouncement = candidates.find((c) => session.announced.includes(c.key))?.text ?? "";

  if (!question) {
    return (
      <p className="notice" role="alert">
        This interview refers to a question that no longer exists.{" "}
        <button type="button" className="button-quiet" onClick={() => mockStore.end()}>
          Start over
        </button>
      </p>
    );
  }
  return (
    <section className="card mock-card" aria-labelledby="mock-question">
      {phase ? (
        <RoundClock phase={phase} overallLeft={allLeft} />
      ) : (
        <div className="clocks">
          <p className={`clock${qLeft < 0 ? " clock-over" : qLeft <= 60_000 ? " clock-low" : ""}`}>
            <span>Question</span> <strong data-testid="question-clock">{formatClock(qLeft)}</strong>
            {qLeft < 0 ? <span> overtime</span> : null}
          </p>
          <p className={`clock${allLeft <= 60_000 ? " clock-low" : ""}`}>
            <span>Interview</span> <strong data-testid="overall-clock">{formatClock(Math.max(allLeft, 0))}</strong>
          </p>
          <p className="clock clock-position">
            <span>
              <span className="clock-position-word">Question </span>
              {session.runs.length} of {session.questionIds.length}
            </span>
          </p>
        </div>
      )}
      <p className="visually-hidden" aria-live="polite">
        {lastAnnouncement}
      </p>
      <h2 id="mock-question" ref={heading} tabIndex={-1}>
        {question.title}
      </h2>
      {paused ? <p className="notice">Paused. The clocks are stopped.</p> : null}
      <LazyInterviewerVoice
        texts={[question.title, ...followUps.slice(0, run.followUpsShown).map((f) => f.question)]}
      />
      {error ? <p role="alert">{error}</p> : null}
      {!cards && !error && run.followUpsShown > 0 ? <p aria-busy="true">Loading the follow-ups…</p> : null}
      {followUps.slice(0, run.followUpsShown).map((f, i) => (
        <div key={f.question} className="asked-follow-up">
          <p className="card-kicker">Follow-up {i + 1}</p>
          <p>
            <InlineText text={f.question} />
          </p>
        </div>
      ))}
      <label className="notes-label" htmlFor="mock-notes">
        Your notes
      </label>
      <textarea
        id="mock-notes"
        rows={6}
        value={run.notes}
        disabled={paused}
        onChange={(e) => mockStore.dispatch({ type: "notes", text: e.target.value })}
      />
      {/* Keyed by question, so moving on saves the take under the question it answered. */}
      <LazyAnswerAloud key={run.id} questionId={run.id} mockStartedAt={new Date(session.startedAt).toISOString()} />
      <div className="mock-controls" role="group" aria-label="Interview controls">
        {phase && !phase.last ? (
          <button
            type="button"
            className="button-primary"
            onClick={() => mockStore.dispatch({ type: "next-phase", now: Date.now(), available })}
            disabled={paused}
          >
            Next phase: {designPhases[phase.index + 1]!.label} <kbd>N</kbd>
          </button>
        ) : (
          <button
            type="button"
            className="button-primary"
            onClick={() => mockStore.dispatch({ type: "next", now: Date.now() })}
            disabled={paused}
          >
            {phase
              ? "Finish the round"
              : session.runs.length < session.questionIds.length
                ? "Done, next question"
                : "Done, finish"}
          </button>
        )}
        {phase && phase.index !== deepDiveIndex ? null : (
          <button
            type="button"
            className="button-quiet"
            disabled={paused || run.followUpsShown >= available}
            onClick={() => mockStore.dispatch({ type: "follow-up", now: Date.now(), available })}
          >
            Next follow-up <kbd>F</kbd> ({run.followUpsShown}/{available})
          </button>
        )}
        {phase ? null : (
          <button type="button" className="button-quiet" disabled={paused} onClick={() => onConfirm("skip")}>
            Skip <kbd>S</kbd>
          </button>
        )}
        {paused ? (
          <button
            type="button"
            className="button-quiet"
            onClick={() => mockStore.dispatch({ type: "resume", now: Date.now() })}
          >
            Resume <kbd>P</kbd>
          </button>
        ) : (
          <button
            type="button"
            className="button-quiet"
            disabled={session.pauses.length >= maxPauses}
            onClick={() => mockStore.dispatch({ type: "pause", now: Date.now() })}
          >
            Pause <kbd>P</kbd> ({maxPauses - session.pauses.length} left)
          </button>
        )}
        <button type="button" className="button-quiet" onClick={() => onConfirm("end")}>
          End early <kbd>E</kbd>
        </button>
      </div>
      {confirm ? (
        <InlineConfirm
          key={confirm}
          question={confirmations[confirm].question}
          confirmLabel={confirmations[confirm].label}
          onCancel={() => onConfirm(null)}
          onConfirm={() => {
            onConfirm(null);
            mockStore.dispatch({ type: confirm, now: Date.now() });
          }}
        />
      ) : null}
    </section>
  );
}
