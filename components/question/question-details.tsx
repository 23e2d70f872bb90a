import type { Question } from "@/lib/content/load";
import { MdxBody } from "../mdx/mdx-body";
import { InlineText } from "./inline-text";
import { panelIds } from "./panel-ids";

/**
 * Everything a question teaches: the model answer, what the interviewer is testing, the red flag
 * and the follow-up ladder. Each follow-up's answer sits in a `<details>` so readers can try first.
 */
export function QuestionDetails({ question, headingLevel }: { question: Question; headingLevel: 2 | 3 }) {
  const H = headingLevel === 2 ? "h2" : "h3";
  const ids = panelIds(question.id);
  return (
    <div className="question-details">
      {headingLevel === 2 ? <h2 className="visually-hidden">Model answer</h2> : null}
      <section aria-label="Model answer" data-model-answer="">
        <MdxBody code={question.code} questionId={question.id} />
      </section>
      <section className="panel panel-intent" id={ids.intent}>
        <H className="panel-title">What the interviewer is really testing</H>
        <ul>
          {question.interviewerIntent.map((point) => (
            <li key={point}>
              <InlineText text={point} />
            </li>
          ))}
        </ul>
      </section>
      <section className="panel panel-red-flag" id={ids.redFlag}>
        <H className="panel-title">Red flag answer</H>
        <p>
          <InlineText text={question.redFlag} />
        </p>
      </section>
      <section className="panel panel-follow-ups" id={ids.followUps}>
        <H className="panel-title">Follow-up ladder</H>
        <ol className="follow-ups">
          {question.followUps.map((followUp, i) => (
            <li key={followUp.question} id={ids.followUp(i)}>
              <details className="follow-up">
                <summary>
                  <InlineText text={followUp.question} />
                </summary>
                <p>
                  <InlineText text={followUp.answer} />
                </p>
              </details>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
