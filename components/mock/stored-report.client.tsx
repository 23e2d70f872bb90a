"use client";

import { useEffect, useRef } from "react";
import { type MockRecord, encodeSettings } from "@/lib/mock/client";
import { localDay, localTime } from "@/lib/progress/client";
import { shortenForDisplay } from "@/lib/url";
import { useCardDetails } from "@/components/card/client";
import { PhaseReport } from "./phase-report";
import { ReportSummary } from "./report-summary";
import { formatClock } from "./use-now";
import { LazyStoredMockTakes } from "@/components/voice/lazy-spoken-takes.client";

/** A past report, read from the mock history by its address (`/mock?report=<start time>`). */
export function StoredReport({
  id,
  mocks,
  sectionTitle,
}: {
  id: string;
  mocks: readonly MockRecord[];
  sectionTitle: (slug: string) => string;
}) {
  const record = mocks.find((m) => m.startedAt === id);
  const round = record?.questions[0]?.phases ? { ...record.questions[0], phases: record.questions[0].phases } : null;
  // Only a design round needs its question's card, for the model answer's headings.
  const { cards, error } = useCardDetails(round ? [round.id] : [], round !== null);
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  if (!record) {
    return (
      <section className="report" aria-labelledby="report-title">
        <h2 id="report-title" ref={title} tabIndex={-1}>
          Report not found
        </h2>
        <p role="alert">
          This browser’s mock history has no report that started at “{shortenForDisplay(id)}”. Reports live only in the
          browser that ran them; import a mock history export to see one from elsewhere.
        </p>
        <p>
          <a href="/mock">Back to the mock interview</a>
        </p>
      </section>
    );
  }
  const started = new Date(record.startedAt);
  return (
    <section className="report" aria-labelledby="report-title">
      <h2 id="report-title" ref={title} tabIndex={-1}>
        Interview report, {localDay(started)} {localTime(started)}
      </h2>
      <p>
        {record.questions.length} question{record.questions.length === 1 ? "" : "s"} · {record.pauses.count} pause
        {record.pauses.count === 1 ? "" : "s"} ({formatClock(record.pauses.totalMs)}) · seed {record.settings.seed}
      </p>
      <ReportSummary questions={record.questions} sectionTitle={sectionTitle} />
      {round ? (
        <PhaseReport
          question={round}
          outline={error ? null : cards ? (cards.get(round.id)?.outline ?? null) : undefined}
        />
      ) : null}
      <LazyStoredMockTakes mockStartedAt={record.startedAt} questions={record.questions} />
      <p className="report-actions">
        <a href="/mock">Back to the mock interview</a>
        <a href={`/mock${encodeSettings(record.settings)}`}>Run this same mock again</a>
      </p>
    </section>
  );
}
