import "client-only";
import type { SectionRecall } from "@/lib/plan/client";

/** Expected recall per section on the interview day, as text: a percentage and what is unseen. */
export function RecallList({ rows, titles }: { rows: SectionRecall[]; titles: Record<string, string> }) {
  return (
    <ul className="plan-recall">
      {rows.map((row) => (
        <li key={row.section}>
          <span>{titles[row.section] ?? row.section}</span> <strong>{Math.round(row.recall * 100)}%</strong>
          {row.unseen > 0 ? (
            <span className="plan-muted">
              {" "}
              ({row.unseen} of {row.cards} not practised yet)
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
