import { stepsLeft, type Session } from "@/lib/practice/client";

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Where the session stands, in questions; a step asked again is counted apart. */
export function positionText(s: Session): string {
  if (!s.retry) return `Question ${s.index + 1} of ${s.queue.length}`;
  return `Asking again what you missed: ${plural(stepsLeft(s), "step")} left`;
}

export function sessionSummary(s: Session, cram: boolean): string {
  const again = s.undo.filter((u) => u.retry).length;
  return (
    `${plural(s.queue.length, "question")} practised, ${plural(s.graded, "grade")} ${cram ? "given (not recorded)" : "recorded"} ` +
    `for the questions and their follow-ups${again > 0 ? `, ${again} of them on steps asked again` : ""}.`
  );
}
