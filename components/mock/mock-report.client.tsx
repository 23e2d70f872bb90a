"use client";

import { useEffect, useRef, useState } from "react";
import type { Deck } from "@/lib/deck";
import { phaseTimes, gradeLabel, weakSectionsOf } from "@/lib/mock";
import {
  blankAssessment,
  isDesignRound,
  runElapsed,
  questionBudget,
  type MockSession,
  type Assessment,
  type MockRecord,
  mockStore,
  encodeSettings,
} from "@/lib/mock/client";
import { GradeButtons, SelfCheck } from "@/components/card";
import { ModelAnswer } from "@/components/card/model-answer.client";
import { useCardDetails } from "@/components/card/client";
import { formatClock } from "./use-now";
import { SavedNoteSlot } from "@/components/notes/lazy-saved-note.client";
import { PhaseReport } from "./phase-report";
import { ReportSummary } from "./report-summary";
import { LazyMockTake, LazySpeakingTime } from "@/components/voice/lazy-spoken-takes.client";

const answerId = (id: string) => `answer-${id}`;

const savedStatus = {
  saving: "Saving…",
  saved: "Saved to your mock history. Grades you give here go into your practice schedule as you give them.",
  graded: "Saved to your mock history; grades were added to your practice schedule.",
  ungraded:
    "The report is saved, but its grades did not reach your practice schedule: the scheduler could not be loaded. Check your connection and grade these questions in practice.",
} as const;

/**
 * The report: time against budget, follow-ups reached, self-assessment, notes beside the model
 * answers. The assessment is a draft in the tab's mock session, and every change is saved at once.
 */
export function MockReport({
  deck,
  session,
  onSync,
}: {
  deck: Deck;
  session: MockSession;
  /** Stores the record and brings the schedule in line with the grades; false if grades could not be written. */
  onSync: (record: MockRecord) => Promise<boolean>;
}) {
  const assess = session.report ?? {};
  // Which version of the record the status speaks for; any other version is still being saved.
  const [saved, setSaved] = useState<{ of: string; status: keyof typeof savedStatus } | null>(null);
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  const budget = questionBudget(session);
  const end = session.endedAt ?? session.startedAt;
  // Fetched when the interview started (the runner asks for the same files), so normally at hand.
  const { cards, error } = useCardDetails(session.questionIds);
  const rows = session.runs.map((run) => {
    const q = deck.questions.find((x) => x.id === run.id);
    const details = cards?.get(run.id);
    const used = runElapsed(session, run, end);
    const a = assess[run.id] ?? blankAssessment;
    return { run, q, details, used, a };
  });
  const summary = rows.map(({ run, q, used, a }) => ({
    id: run.id,
    section: q?.section ?? "",
    title: q?.title ?? run.id,
    usedMs: used,
    budgetMs: budget,
    grade: a.grade,
    saidRedFlag: a.saidRedFlag,
    outcome: run.outcome,
  }));
  const weak = weakSectionsOf(summary);
  const sectionTitle = (slug: string) => deck.sections.find((s) => s.slug === slug)?.title ?? slug;
  const update = (id: string, patch: Partial<Assessment>) => mockStore.dispatch({ type: "assess", id, patch });
  const pausedMs = session.pauses.reduce((n, p) => n + p.ms, 0);
  const mockStartedAt = new Date(session.startedAt).toISOString();

  // The record needs the rubrics' sizes, so saving waits for them.
  const record: MockRecord | null = !cards
    ? null
    : {
        startedAt: new Date(session.startedAt).toISOString(),
        settings: session.settings,
        pauses: { count: session.pauses.length, totalMs: pausedMs },
        weakSections: weak,
        questions: rows.map(({ run, q, details, used, a }, i) => ({
          ...summary[i]!,
          followUpsReached: run.followUpsShown,
          followUpsAvailable: Math.min(session.settings.depth, q?.followUpCount ?? 0),
          ticked: a.ticked.length,
          intentTotal: details?.interviewerIntent.length ?? 0,
          ...(isDesignRound(session) ? { phases: phaseTimes(run.phaseEnds ?? [], used) } : {}),
        })),
      };
  const recordText = record ? JSON.stringify(record) : null;
  const anyGrade = rows.some(({ a }) => a.grade !== null);
  useEffect(() => {
    if (!recordText) return;
    void onSync(JSON.parse(recordText) as MockRecord).then((graded) =>
      setSaved({ of: recordText, status: !graded ? "ungraded" : anyGrade ? "graded" : "saved" }),
    );
  }, [recordText, anyGrade, onSync]);
  const status = !recordText ? null : saved?.of === recordText ? saved.status : "saving";

  return (
    <section className="report" aria-labelledby="report-title">
      <h2 id="report-title" ref={title} tabIndex={-1}>
        Interview report
      </h2>
      <p>
        {rows.length} of {session.questionIds.length} questions reached · {session.pauses.length} pause
        {session.pauses.length === 1 ? "" : "s"} ({formatClock(pausedMs)}) · seed {session.settings.seed}
      </p>
      <ReportSummary questions={summary} sectionTitle={sectionTitle} answerId={answerId} />
      {record?.questions[0]?.phases ? (
        <PhaseReport
          question={{ ...record.questions[0], phases: record.questions[0].phases }}
          outline={rows[0]?.details?.outline ?? null}
        />
      ) : null}
      {error ? <p role="alert">{error}</p> : null}
      {rows.map(({ run, q, details, used, a }, i) => (
        <article key={run.id} id={answerId(run.id)} className="report-question">
          <h3>
            {i + 1}. {q?.title ?? run.id}
          </h3>
          <p className="report-meta">
            Time {formatClock(used)} of {formatClock(budget)}
            {used > budget ? (
              <strong className="error-text"> · overran by {formatClock(used - budget).replace("+", "")}</strong>
            ) : null}{" "}
            <LazySpeakingTime questionId={run.id} mockStartedAt={mockStartedAt} /> · follow-ups reached{" "}
            {run.followUpsShown} of {Math.min(session.settings.depth, q?.followUpCount ?? 0)} ·{" "}
            {run.outcome ?? "in progress"}
          </p>
          {q ? (
            <>
              {/* The practice grade buttons; the chosen one is marked here, since they have no pressed state. */}
              <div className="report-grade" data-grade={a.grade ?? "none"}>
                <GradeButtons grading="four" onGrade={(r) => update(run.id, { grade: r })} />
                <p className="report-graded">
                  Your grade: <strong>{gradeLabel(a.grade)}</strong>
                </p>
              </div>
              <details className="report-answer">
                <summary>Rubric, your notes and the model answer</summary>
                <SavedNoteSlot id={q.id} headingLevel={4} />
                {details ? (
                  <SelfCheck
                    question={details}
                    name={`rf-${run.id}`}
                    ticked={a.ticked}
                    onTick={(k) =>
                      update(run.id, {
                        ticked: a.ticked.includes(k) ? a.ticked.filter((x) => x !== k) : [...a.ticked, k],
                      })
                    }
                    saidRedFlag={a.saidRedFlag}
                    onRedFlag={(said) => update(run.id, { saidRedFlag: said })}
                  />
                ) : error ? null : (
                  <p aria-busy="true">Loading the rubric…</p>
                )}
                <div className="side-by-side">
                  <div>
                    <LazyMockTake questionId={run.id} mockStartedAt={mockStartedAt} />
                    <h4>Your notes</h4>
                    <p className="your-notes">{run.notes || "No notes."}</p>
                  </div>
                  <div>
                    <h4>Model answer</h4>
                    <ModelAnswer id={run.id} />
                  </div>
                </div>
              </details>
            </>
          ) : null}
        </article>
      ))}
      <p className="report-actions">
        <button type="button" className="button-quiet" onClick={() => window.print()}>
          Print
        </button>
        <a href={`/mock${encodeSettings(session.settings)}`}>Link to this same mock</a>
      </p>
      <p role="status">{status ? savedStatus[status] : ""}</p>
    </section>
  );
}
