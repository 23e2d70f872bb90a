import type { Question } from "@/lib/content/server";
import { headingIds } from "@/lib/mdx";
import { InlineText } from "./inline-text";
import { panelIds } from "./panel-ids";

/**
 * The question page's contents, shown beside the answer on wide screens: the answer's sections,
 * the fixed panels and every rung of the follow-up ladder. Plain links, so it needs no script.
 */
export function QuestionToc({ question }: { question: Question }) {
  const ids = panelIds(question.id);
  const headingIdList = headingIds(question.id, question.sectionHeadings);
  return (
    <aside className="question-toc">
      <nav aria-label="On this page" className="toc">
        <p className="toc-title">On this page</p>
        <ol className="toc-list">
          {question.sectionHeadings.map((text, i) => (
            <li key={headingIdList[i]}>
              <a href={`#${headingIdList[i]}`}>{text}</a>
            </li>
          ))}
          <li>
            <a href={`#${ids.intent}`}>What the interviewer is testing</a>
          </li>
          <li>
            <a href={`#${ids.redFlag}`}>Red flag answer</a>
          </li>
          <li>
            <a href={`#${ids.followUps}`}>Follow-up ladder</a>
            <ol className="toc-ladder">
              {question.followUps.map((followUp, i) => (
                <li key={followUp.question}>
                  <a href={`#${ids.followUp(i)}`}>
                    <InlineText text={followUp.question} />
                  </a>
                </li>
              ))}
            </ol>
          </li>
        </ol>
      </nav>
    </aside>
  );
}
