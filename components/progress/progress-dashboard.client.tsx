"use client";

import { useDeferredValue } from "react";
import type { Outline } from "@/lib/deck";
import {
  weekdayOf,
  questionsDueByDay,
  todayAt,
  reviewsByDay,
  getBrowserStore,
  outlineInTrack,
  progressForQuestions,
} from "@/lib/progress/client";
import { addDays, defaultDayStartHour, planDayOf } from "@/lib/plan/client";
import { usePlan } from "./use-plan";
import { DataCare } from "./data-care.client";
import { DataControls } from "./data-controls.client";
import { exportProgressFile } from "./export-file";
import { LazyRecordingsPanel } from "@/components/voice/lazy-recordings-panel.client";
import { MasteryChart } from "./mastery-chart";
import { ReviewHeatmap } from "./review-heatmap";
import { StoreNotices } from "./store-notices.client";
import { useProgress } from "./use-progress";
import { chosenTrack, parseTrackParam, tracksOf } from "@/lib/url/client";
import { useMarkedTrackLink } from "@/components/track/client";

/**
 * Mastery per section, days practised, the streak, what is due this week, and data controls. The
 * figures cover the track in `?track=`, or every track; export and import always cover everything.
 */
export function ProgressDashboard({ outline: all }: { outline: Outline }) {
  // The first render with real data runs as an interruptible transition, not in one long task.
  const state = useDeferredValue(useProgress());
  const plan = usePlan();
  // Read only once progress has loaded, which is after hydration, so the server HTML still matches.
  const scope = state ? parseTrackParam(window.location.search, tracksOf(all.sections)) : null;
  const track = scope && chosenTrack(scope);
  useMarkedTrackLink(track);
  if (!state) return <p aria-busy="true">Loading your progress…</p>;
  const outline = outlineInTrack(all, track);
  const progress =
    track === null
      ? state.value
      : progressForQuestions(state.value, new Set(outline.sections.flatMap((s) => s.questionIds)));
  const now = new Date();
  // Days follow the plan's day start (4 am unless changed), so a late session counts for its evening.
  const hour = plan?.value.dayStartHour ?? defaultDayStartHour;
  const byDay = reviewsByDay(progress, hour);
  const days = Object.keys(byDay).length;
  const counts = questionsDueByDay(progress.cards, todayAt(now, hour));
  const week = counts.map((count, i) => ({ day: addDays(planDayOf(now, hour), i), count }));
  const practised = Object.entries(progress.cards).filter(([key, c]) => !key.includes("#") && c.state !== 0).length;
  return (
    <>
      <StoreNotices notices={state.notices} onDismiss={(n) => getBrowserStore().dismiss(n)} />
      {scope?.kind === "invalid" ? (
        <p className="notice" role="alert">
          {scope.message} These figures cover every track.
        </p>
      ) : null}
      <ul className="stats">
        <li>
          <strong>{days}</strong> day{days === 1 ? "" : "s"} practised
        </li>
        <li>
          <strong>{practised}</strong> question{practised === 1 ? "" : "s"} practised
        </li>
      </ul>
      <MasteryChart outline={outline} progress={progress} />
      <ReviewHeatmap days={byDay} today={planDayOf(now, hour)} />
      <section className="panel" aria-labelledby="due-heading">
        <h2 id="due-heading" className="panel-title">
          Questions due over the next 7 days
        </h2>
        <ol className="due-week">
          {week.map((d, i) => (
            <li key={d.day}>
              <span>{i === 0 ? "Today" : weekdayOf(d.day)}</span> <strong>{d.count}</strong>
            </li>
          ))}
        </ol>
      </section>
      {/* Practice days count across every track, whatever the figures above cover. */}
      <DataCare
        byDay={reviewsByDay(state.value, hour)}
        dayOf={(at) => planDayOf(at, hour)}
        onExport={exportProgressFile}
      />
      <DataControls readOnly={state.mode === "read-only"} />
      <LazyRecordingsPanel />
    </>
  );
}
