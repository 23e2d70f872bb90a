import type { Question } from "@/lib/content/server";
import { CopyLink } from "./copy-link.client";
import { DifficultyBadge } from "./difficulty-badge";
import { KindBadge } from "./kind-badge";
import { QuestionDetails } from "./question-details";
import { StatusBadge } from "./status-badge";

/** One question on a section page, closed by default; works without JavaScript. */
export function QuestionAccordion({ question, number }: { question: Question; number: string }) {
  return (
    <details className="accordion" id={question.id}>
      <summary>
        <span className="accordion-number">{number}</span>
        <h2 className="accordion-title">{question.title}</h2>
        <KindBadge kind={question.kind} />
        <DifficultyBadge difficulty={question.difficulty} />
        <StatusBadge id={question.id} />
      </summary>
      <div className="accordion-body">
        <p className="question-summary">{question.summary}</p>
        <p className="question-actions">
          <a href={`/q/${question.id}`}>Open as its own page</a>
          <CopyLink path={`/q/${question.id}`} label={question.title} />
        </p>
        <QuestionDetails question={question} headingLevel={3} />
      </div>
    </details>
  );
}
