import type { Rating } from "@/lib/progress/client";
import type { MockRecord } from "./schema";

type ReportQuestion = Pick<MockRecord["questions"][number], "id" | "section" | "grade" | "saidRedFlag" | "outcome">;

/** A question the candidate should revisit: graded Again or Hard, a red flag said, or not finished in time. */
export const isFlagged = (q: ReportQuestion): boolean =>
  q.grade === "again" ||
  q.grade === "hard" ||
  q.saidRedFlag === true ||
  q.outcome === "skipped" ||
  q.outcome === "timed-out";

/** The flagged questions' ids, in interview order. */
export const flaggedIds = (questions: readonly ReportQuestion[]): string[] =>
  questions.filter(isFlagged).map((q) => q.id);

/** The sections of the flagged questions, each once, in interview order. */
export const weakSectionsOf = (questions: readonly ReportQuestion[]): string[] => [
  ...new Set(
    questions
      .filter(isFlagged)
      .map((q) => q.section)
      .filter(Boolean),
  ),
];

const reportParam = "report";

/** A stored report's address; reports are keyed by their start time, as in the history. */
export const reportPath = (startedAt: string) => `/mock?${reportParam}=${encodeURIComponent(startedAt)}`;

/** The report a URL names, or null when it names none. */
export function reportIdOf(search: string): string | null {
  try {
    return new URLSearchParams(search).get(reportParam);
  } catch {
    return null;
  }
}

export const gradeLabel = (grade: Rating | null): string =>
  grade === null ? "Not graded" : grade[0]!.toUpperCase() + grade.slice(1);
