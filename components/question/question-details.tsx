import type { Question } from "@/lib/content/server";
import { MdxBody } from "@/components/mdx/server";
import { InlineText } from "./inline-text";
import { panelIds } from "./panel-ids";
import "./question-details.css";

/**
 * Everything a question teaches: the model answer, what the interviewer is testing, the red flag
 * and the follow-up ladder. Each follow-up's answer sits in a `<details>` so readers can try first.
 * An imported question says which of these parts its source page lacks, instead of hiding them.
 */
export function QuestionDetails({ question, headingLevel }: { question: Question; headingLevel: 2 | 3 }) {
  const H = headingLevel === 2 ? "h2" : "h3";
  const ids = panelIds(question.id);
  const status = "status" in question ? question.status : undefined;
  const missing = (text: string) => <p className="missing-part">{text}</p>;
  return (
    <div className="question-details">
      {status ? (
        <p className="imported-note">
          {status === "draft" ? "Draft" : "Imported from another question bank"}: parts its source does not have are
          marked as missing.
        </p>
      ) : null}
      {headingLevel === 2 ? <h2 className="visually-hidden">Model answer</h2> : null}
      <section aria-label="Model answer" data-model-answer="">
        <MdxBody code={question.code} questionId={question.id} />
      </section>
      <section className="panel panel-intent" id={ids.intent}>
        <H className="panel-title">What the interviewer is really testing</H>
        {question.interviewerIntent.length > 0 ? (
          <ul>
            {question.interviewerIntent.map((point) => (
              <li key={point}>
                <InlineText text={point} />
              </li>
            ))}
          </ul>
        ) : (
          missing("No interviewer intent in the source.")
        )}
      </section>
      <section className="panel panel-red-flag" id={ids.redFlag}>
        <H className="panel-title">Red flag answer</H>
        {question.redFlag ? (
          <p>
            <InlineText text={question.redFlag} />
          </p>
        ) : (
          missing("No red-flag answer in the source.")
        )}
      </section>
      <section className="panel panel-follow-ups" id={ids.followUps}>
        <H className="panel-title">Follow-up ladder</H>
        {question.followUps.length === 0 ? missing("No follow-up questions in the source.") : null}
        <ol className="follow-ups" hidden={question.followUps.length === 0}>
          {question.followUps.map((followUp, i) => (
            <li key={followUp.question} id={ids.followUp(i)}>
              <details className="follow-up">
                <summary>
                  <InlineText text={followUp.question} />
                </summary>
                {followUp.answer ? (
                  <p>
                    <InlineText text={followUp.answer} />
                  </p>
                ) : (
                  missing("No model answer in the source; practice asks it as a recall prompt.")
                )}
              </details>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
