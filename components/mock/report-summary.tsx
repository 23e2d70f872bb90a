import type { MockRecord } from "@/lib/mock/client";
import { flaggedIds, gradeLabel, weakSectionsOf } from "@/lib/mock";
import { practiceQuestionsPath, practiceSectionsPath } from "@/lib/site";
import { formatClock } from "./use-now";

type Question = Pick<
  MockRecord["questions"][number],
  "id" | "section" | "title" | "usedMs" | "budgetMs" | "grade" | "saidRedFlag" | "outcome"
>;

/**
 * The report at a glance: each question's time and grade, the weak sections and a link that
 * practises exactly the flagged questions. Shared by the live report and a stored one.
 */
export function ReportSummary({
  questions,
  sectionTitle,
  answerId,
}: {
  questions: readonly Question[];
  sectionTitle: (slug: string) => string;
  /** Where each question's full answer sits on this page, if it is shown. */
  answerId?: (id: string) => string;
}) {
  const flagged = flaggedIds(questions);
  const weak = weakSectionsOf(questions);
  const anyGrade = questions.some((q) => q.grade !== null);
  return (
    <section className="panel report-summary" aria-labelledby="report-summary-title">
      <h3 id="report-summary-title" className="panel-title">
        Summary
      </h3>
      <table className="data-table report-table">
        <thead>
          <tr>
            <th scope="col">Question</th>
            <th scope="col">Time</th>
            <th scope="col">Grade</th>
          </tr>
        </thead>
        <tbody>
          {questions.map((q, i) => (
            <tr key={q.id}>
              <th scope="row">
                {answerId ? (
                  <a href={`#${answerId(q.id)}`}>
                    {i + 1}. {q.title}
                  </a>
                ) : (
                  `${i + 1}. ${q.title}`
                )}
              </th>
              <td className={`report-time${q.usedMs > q.budgetMs ? " error-text" : ""}`}>
                {formatClock(q.usedMs)} of {formatClock(q.budgetMs)}
                {q.outcome === "skipped" || q.outcome === "timed-out" ? ` (${q.outcome})` : ""}
              </td>
              <td data-grade={q.grade ?? "none"}>
                {gradeLabel(q.grade)}
                {q.saidRedFlag ? " · red flag" : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>Weak sections</h4>
      {weak.length === 0 ? (
        <p>
          {anyGrade
            ? "None flagged: every graded answer was Good or Easy, in time and without a red flag."
            : "None flagged yet. Grade each answer below to get a suggestion."}
        </p>
      ) : (
        <>
          <p>{weak.map(sectionTitle).join(", ")}.</p>
          <p className="report-practise">
            <a className="button-primary" href={practiceQuestionsPath(flagged)}>
              {flagged.length === 1 ? "Practise this question" : `Practise these ${flagged.length} questions`}
            </a>
            <a className="button-quiet" href={practiceSectionsPath(weak, undefined, flagged)}>
              Practise these sections
            </a>
          </p>
        </>
      )}
    </section>
  );
}
