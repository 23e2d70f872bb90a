"use client";

import "./plan.css";
import { useDeferredValue } from "react";
import type { Outline } from "@/lib/deck";
import { getPlanStore, planDayStart, recallBySection } from "@/lib/plan/client";
import { sectionKeys, getBrowserStore } from "@/lib/progress/client";
import { StoreNotices } from "@/components/progress/store-notices.client";
import { usePlan, useProgress } from "@/components/progress/client";
import { dayLabel } from "./day-label";
import { LoadChart } from "./load-chart";
import { ParametersForm } from "./parameters-form";
import { PlanSettingsForm } from "./plan-settings";
import { RecallList } from "./recall-list";
import { PlanStatus } from "./plan-status";
import { planToday } from "./plan-today";
import { TodayPlan } from "./today-plan";

/** The interview plan: its settings, today's cards, the load forecast and recall on the day. */
export function PlanApp({ outline }: { outline: Outline }) {
  const progressState = useDeferredValue(useProgress());
  const planState = usePlan();
  if (!progressState || !planState) return <p aria-busy="true">Loading your plan…</p>;
  const settings = planState.value;
  const progress = progressState.value;
  const { today, sections, plan, work: todayWork, practisedToday } = planToday(outline, settings, progress, new Date());
  const morning = plan?.kind === "plan" && plan.days.length > 1 ? plan.days.at(-1) : undefined;
  const titles = Object.fromEntries(outline.sections.map((s) => [s.slug, s.title]));
  return (
    <>
      <StoreNotices notices={planState.notices} onDismiss={(n) => getPlanStore().dismiss(n)} />
      <StoreNotices notices={progressState.notices} onDismiss={(n) => getBrowserStore().dismiss(n)} />
      <PlanSettingsForm settings={settings} outline={outline} today={today} readOnly={planState.mode === "read-only"} />
      {!settings.date ? (
        <p>Set your interview date to get a day-by-day plan.</p>
      ) : plan?.kind === "past" ? (
        <p className="notice">
          The interview date has passed, so reviews are scheduled freely again. Set a new date for another plan.
        </p>
      ) : plan ? (
        <>
          <PlanStatus plan={plan} settings={settings} today={today} morning={morning} />
          <section className="panel" aria-labelledby="plan-today-heading">
            <h2 id="plan-today-heading" className="panel-title">
              Today&apos;s plan
            </h2>
            <TodayPlan work={todayWork} practisedToday={practisedToday} />
          </section>
          <section className="panel" aria-labelledby="plan-load-heading">
            <h2 id="plan-load-heading" className="panel-title">
              Daily load
            </h2>
            <LoadChart days={plan.days} interviewDay={settings.date} />
          </section>
          <section className="panel" aria-labelledby="plan-recall-heading">
            <h2 id="plan-recall-heading" className="panel-title">
              Expected recall on {dayLabel(settings.date)}
            </h2>
            <p className="plan-muted">
              From FSRS&apos;s forgetting curve for each question as it stands now, if you practised nothing more.
            </p>
            <RecallList
              rows={recallBySection(
                sections.map((s) => ({ slug: s.slug, ids: sectionKeys(s) })),
                progress.cards,
                planDayStart(settings.date, settings.dayStartHour),
                settings.parameters ?? undefined,
              )}
              titles={titles}
            />
          </section>
        </>
      ) : null}
      <details className="panel plan-advanced">
        <summary>Advanced: FSRS parameters</summary>
        <ParametersForm parameters={settings.parameters} readOnly={planState.mode === "read-only"} />
      </details>
      <section className="panel" aria-labelledby="plan-cram-heading">
        <h2 id="plan-cram-heading" className="panel-title">
          Cram mode
        </h2>
        <p>
          Practise any questions without touching your schedule: nothing you grade is recorded.{" "}
          <a className="button-quiet" href="/practice?cram=1">
            Cram without recording grades
          </a>
        </p>
      </section>
    </>
  );
}
