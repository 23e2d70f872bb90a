import type { SectionWithQuestions } from "@/lib/content/server";
import { offsetOfPage, paginate } from "@/lib/content";
import { sectionPath } from "@/lib/site";

/** Past this many questions the index names pages, not questions, so each page stays bounded. */
export const maxIndexedQuestions = 50;

/**
 * For a section split over pages: every question with the page it is on, or for a very large
 * section the pages with the questions they hold. OpenHashTarget follows these links for `#id`.
 */
export function SectionIndex({
  trackSlug,
  section,
  page,
}: {
  trackSlug: string;
  section: SectionWithQuestions;
  page: number;
}) {
  const pages = paginate(section.questions);
  const href = (on: number) => sectionPath(trackSlug, section.slug, on);
  return (
    <nav aria-label="All questions in this section" className="section-index" data-section-index="">
      <details>
        <summary>
          All {section.questions.length} questions in this section, over {pages.length} pages
        </summary>
        {section.questions.length <= maxIndexedQuestions ? (
          <ol>
            {pages.flatMap((questions, i) =>
              questions.map((q) => (
                <li key={q.id}>
                  <a href={`${href(i + 1)}#${q.id}`} data-question={q.id}>
                    {q.title}
                  </a>
                  {i + 1 !== page ? <span className="section-index-page"> · page {i + 1}</span> : null}
                </li>
              )),
            )}
          </ol>
        ) : (
          <ul>
            {pages.map((questions, i) => (
              <li key={i}>
                <a href={href(i + 1)} aria-current={i + 1 === page ? "page" : undefined}>
                  Page {i + 1}
                </a>
                : questions {offsetOfPage(section.questions, i + 1) + 1}–
                {offsetOfPage(section.questions, i + 1) + questions.length}
              </li>
            ))}
          </ul>
        )}
      </details>
    </nav>
  );
}
