"use client";

import { lazy, Suspense, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { sessionStore, todaysQueue, browserToday } from "@/lib/practice/client";
import {
  browserParameters,
  gradeInStore,
  undoInStore,
  previewInterval,
  getBrowserStore,
  cardKey,
  type Rating,
} from "@/lib/progress/client";
import { StoreNotices } from "@/components/progress/store-notices.client";
import { useProgress } from "@/components/progress/client";
import { gradeForKey } from "@/components/card";
import { LazyShortcutHelp as ShortcutHelp } from "@/components/card/lazy-shortcut-help.client";
import { ScopeForm } from "./scope-form.client";
import { useDeck } from "@/components/card/client";
import { isInteractive, isTextEntry, prefetchStaticJson } from "@/components/shared/client";
import { InlineConfirm } from "@/components/shared/inline-confirm.client";
import { describeOtherTabGrade } from "@/lib/practice";
import { useOtherTabGrade } from "./use-other-tab-grade";
import { usePlanCap } from "./use-plan-cap";
import { cardDetailsPath } from "@/lib/deck";
import type { TagOption } from "@/lib/content";
import { LinkNotices } from "./link-notices";
import { usePracticeLink } from "./use-practice-link";
import { ResumeBanner } from "./resume-banner";
import { GradeToast } from "./grade-toast";
import { positionText, sessionSummary } from "./session-text";
import { askToPersist } from "@/lib/pwa/client";

// The card's code loads when a session starts: the scope form, which a visit shows first, needs none of it.
const CardView = lazy(() => import("./card-view.client").then((m) => ({ default: m.CardView })));

/** The practice island: scope, then one card and one follow-up at a time, graded into FSRS. */
export function PracticeApp({ tags }: { tags: TagOption[] }) {
  const loaded = useDeck();
  const link = usePracticeLink(loaded.deck);
  const { deck, sections: linkedSections, include: linkedInclude, cram } = link;
  const progress = useProgress();
  const session = useSyncExternalStore(sessionStore.subscribe, sessionStore.getSnapshot, () => null);
  const [help, setHelp] = useState(false);
  const [confirmEnd, setConfirmEnd] = useState(false);
  // Whether this page has chosen the session in progress over what its address names.
  const [resumed, setResumed] = useState(false);
  const doneHeading = useRef<HTMLHeadingElement>(null);
  // Today's reviews are counted once, when the page has its progress, so grading does not change the queue.
  const [todays, setTodays] = useState<string | null>(null);
  if (link.today && deck && progress && todays === null)
    setTodays(todaysQueue(deck, progress.value, browserToday()).join());
  const linkedQueue = link.today ? todays : link.queue;
  const active = session && session.step !== "finished" ? session : null;
  const linked = linkedQueue ? linkedQueue.split(",") : null;
  // The address is the truth: a linked queue the session in progress already holds resumes it (a
  // reload, or a return to today's plan); any other waits for the user's choice.
  const conflict = !resumed && active !== null && linked !== null && !linked.every((id) => active.queue.includes(id));
  const showSetUp = !resumed && !linkedQueue && active !== null;
  // Cram practice records no grade, so the schedule (and any interview plan) stays as it is.
  // A ?q=<id>,<id>, ?today=1 or ?saved=bookmarked link starts a session of exactly those questions
  // once the page has them; a session in progress that holds them is resumed instead.
  useEffect(() => {
    const current = sessionStore.getSnapshot();
    const busy = current && current.step !== "finished";
    // A finished session is history: opening its link again (on a later visit) asks the questions again.
    if (linkedQueue && !busy) sessionStore.start(linkedQueue.split(","));
  }, [linkedQueue]);
  // The last grade's confirmation, shown for a few seconds.
  const [toast, setToast] = useState<{ rating: Rating; at: number } | null>(null);
  useEffect(() => {
    if (!toast) return;
    const timer = window.setTimeout(() => setToast(null), 5000);
    return () => window.clearTimeout(timer);
  }, [toast]);
  const startFromForm = (queue: string[]) => {
    sessionStore.start(queue);
    setResumed(true);
  };

  const question = deck && session ? deck.questions.find((q) => q.id === session.queue[session.index]) : undefined;
  const nextId = session?.queue[session.index + 1];
  // This card's rubric and ladder load alongside the card view's code, and the next card's while
  // this one is answered.
  useEffect(() => {
    for (const id of [question?.id, nextId]) if (id) prefetchStaticJson(cardDetailsPath(id));
  }, [question?.id, nextId]);
  const capOf = usePlanCap(deck);
  const grading = progress?.value.settings.grading ?? "four";
  const step = session?.step;
  const gradedKey =
    !session || !question
      ? null
      : step === "question" || step === "answer"
        ? cardKey(question.id)
        : step === "follow-up" || step === "follow-up-answer"
          ? cardKey(question.id, session.followUp)
          : null;
  const gradeNow = new Date();
  const due =
    gradedKey && progress && (step === "answer" || step === "follow-up-answer")
      ? previewInterval(
          progress.value,
          gradedKey,
          gradeNow,
          browserParameters(),
          capOf(gradedKey)(progress.value, gradeNow),
        )
      : undefined;
  // When the card now asked was shown: its review's duration runs from here to the grade.
  const shownAt = useRef(0);
  useEffect(() => {
    shownAt.current = Date.now();
  }, [gradedKey]);
  const otherTab = useOtherTabGrade(gradedKey, gradedKey ? progress?.value.cards[gradedKey] : undefined);
  // Focus lands on the summary when a session completes, never on the page body.
  useEffect(() => {
    if (step === "finished") doneHeading.current?.focus();
  }, [step]);

  // Grades come only at the answer steps, where the card asked is the one the buttons preview.
  function grade(rating: Rating) {
    const key = gradedKey;
    if (!session || !question || !key) return;
    const store = getBrowserStore();
    const entry = (cram ? null : gradeInStore(store, key, rating, capOf(key), Date.now() - shownAt.current)) ?? {
      key,
      previous: store.getSnapshot().value.cards[key] ?? null,
      time: Date.now(),
    };
    sessionStore.dispatch({ type: "graded", entry, rating, followUpCount: question.followUpCount });
    setToast({ rating, at: Date.now() });
    // A first grade is the first thing worth keeping: ask the browser not to clear it.
    if (!cram) void askToPersist();
  }

  function undo() {
    const last = session?.undo.at(-1);
    if (!last) return;
    if (!cram) undoInStore(getBrowserStore(), last.entry);
    sessionStore.dispatch({ type: "undo" });
    setToast(null);
  }

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      // Nothing typed into a text field is ever a shortcut.
      if (event.metaKey || event.ctrlKey || event.altKey || isTextEntry(event.target)) return;
      if (event.key === "?") {
        event.preventDefault();
        setHelp((open) => !open);
        return;
      }
      // The DOM, not React state, says whether a dialog is open: state may lag a fast key press.
      if (document.querySelector("dialog[open]") || confirmEnd || !session || conflict || showSetUp) return;
      const key = event.key.toLowerCase();
      if (key === " " || key === "enter") {
        // Buttons, links and boxes keep their own Space and Enter.
        if (isInteractive(event.target)) return;
        if (session.step === "question" || session.step === "follow-up") {
          event.preventDefault();
          sessionStore.dispatch({ type: "reveal" });
        } else if (session.step === "card-done") {
          event.preventDefault();
          sessionStore.dispatch({ type: "next" });
        }
        return;
      }
      if (session.step === "answer" || session.step === "follow-up-answer") {
        const rating = gradeForKey(key, grading);
        if (rating) grade(rating);
      }
      if (key === "u") undo();
      if (key === "n") sessionStore.dispatch({ type: "next" });
      if (key === "s") sessionStore.dispatch({ type: "stop-ladder" });
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  if (loaded.error) return <p role="alert">{loaded.error}</p>;
  if (!deck || !progress) return <p aria-busy="true">Loading practice…</p>;

  const savedProblem = sessionStore.problem();
  return (
    <div className="practice">
      <StoreNotices notices={progress.notices} onDismiss={(n) => getBrowserStore().dismiss(n)} />
      {savedProblem ? <p className="notice">{savedProblem}</p> : null}
      <LinkNotices link={link} />
      {link.today && todays === "" ? (
        <p className="notice" role="status">
          Nothing is due today. Choose what to practise below.
        </p>
      ) : null}
      <p className="practice-tools">
        <button type="button" className="button-quiet keyboard-hint" onClick={() => setHelp(true)}>
          Keyboard shortcuts <kbd>?</kbd>
        </button>
        {session && !conflict && !showSetUp && session.undo.length > 0 && session.step !== "finished" ? (
          <button type="button" className="button-quiet" onClick={undo}>
            Undo last grade <kbd>U</kbd>
          </button>
        ) : null}
        {session && !conflict && !showSetUp ? (
          <button
            type="button"
            className="button-quiet"
            onClick={() => (session.notes.trim() ? setConfirmEnd(true) : sessionStore.end())}
          >
            End session
          </button>
        ) : null}
      </p>
      {confirmEnd && session ? (
        <InlineConfirm
          question="End the session and throw away the outline you wrote?"
          confirmLabel="End session"
          onConfirm={() => {
            setConfirmEnd(false);
            sessionStore.end();
          }}
          onCancel={() => setConfirmEnd(false)}
        />
      ) : null}
      {conflict && active && linked ? (
        <ResumeBanner
          session={active}
          onResume={() => setResumed(true)}
          onStart={() => startFromForm(linked)}
          startLabel={
            link.today
              ? "Start today's reviews"
              : linked.length === 1
                ? "Start this question"
                : `Start these ${linked.length} questions`
          }
        />
      ) : null}
      {showSetUp ? (
        <ResumeBanner
          session={active}
          onResume={() => setResumed(true)}
          startLabel={linkedSections.length > 0 ? "Start these sections" : "Start a new session"}
        />
      ) : null}
      {conflict ? null : !session || showSetUp || (session.step === "finished" && !resumed && !linkedQueue) ? (
        <ScopeForm
          key={linkedSections.join()}
          initialSections={linkedSections}
          include={linkedInclude}
          deck={deck}
          tags={tags}
          progress={progress.value}
          onStart={startFromForm}
          onGrading={(g) => getBrowserStore().setGrading(g)}
        />
      ) : session.step === "finished" ? (
        <section className="card" aria-labelledby="done-heading">
          <h2 id="done-heading" ref={doneHeading} tabIndex={-1}>
            Session complete
          </h2>
          <p>{sessionSummary(session, cram)}</p>
          <p>
            <button type="button" className="button-primary" onClick={() => sessionStore.end()}>
              Practise again
            </button>{" "}
            <a href="/progress">See your progress</a>
          </p>
        </section>
      ) : question ? (
        <>
          <div className="session-progress">
            <progress
              max={session.queue.length}
              value={session.retry ? session.queue.length : session.index + (session.step === "card-done" ? 1 : 0)}
              aria-label="Session progress"
            />
            <span>{positionText(session)}</span>
          </div>
          {otherTab ? (
            <p className="notice" role="status">
              {describeOtherTabGrade(otherTab, new Date())}{" "}
              <button type="button" className="button-quiet" onClick={() => sessionStore.dispatch({ type: "next" })}>
                Move on to the next card
              </button>
            </p>
          ) : null}
          <Suspense fallback={<p aria-busy="true">Loading this card…</p>}>
            <CardView
              question={question}
              session={session}
              grading={grading}
              dispatch={sessionStore.dispatch}
              onGrade={grade}
              due={due}
            />
          </Suspense>
        </>
      ) : (
        <p className="notice" role="alert">
          This session refers to a question that no longer exists.{" "}
          <button type="button" className="button-quiet" onClick={() => sessionStore.end()}>
            Start a new session
          </button>
        </p>
      )}
      <GradeToast rating={toast?.rating ?? null} onUndo={undo} />
      <ShortcutHelp open={help} onClose={() => setHelp(false)} />
    </div>
  );
}
