import { OpenHashTarget } from "@/components/question/open-hash-target.client";
import { StatusBadges } from "@/components/question/status-badges.client";
import { QuestionAccordion } from "@/components/question/server";
import { CopyStatus } from "@/components/mdx";
import { CodeCopy } from "@/components/mdx/code-copy.client";
import type { LoadedTrack, SectionWithQuestions } from "@/lib/content/server";
import { offsetOfPage, pageCount, questionsOnPage } from "@/lib/content";
import { practiceSectionsPath, sectionPath, trackPath } from "@/lib/site";
import { PageOf, PagePager } from "@/components/shared";
import { SectionIndex } from "./section-index";

/** One page of a section: its questions as accordions, with page and section navigation. */
export function SectionView({
  track,
  section,
  page,
}: {
  track: LoadedTrack;
  section: SectionWithQuestions;
  page: number;
}) {
  const index = track.sections.indexOf(section);
  const previous = track.sections[index - 1];
  const next = track.sections[index + 1];
  const pages = pageCount(section.questions);
  const offset = offsetOfPage(section.questions, page);
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={trackPath(track.slug)}>{track.title}</a> <span aria-hidden="true">/</span> <span>{section.title}</span>
      </nav>
      <h1>
        <span className="section-number">{String(section.number).padStart(2, "0")}</span> {section.title}
        <PageOf page={page} pages={pages} />
      </h1>
      <p className="lede">{section.summary}</p>
      <p className="practise-link">
        <a className="button-primary" href={practiceSectionsPath([section.slug], track.slug)}>
          Practise this section
        </a>
      </p>
      {pages > 1 ? <SectionIndex trackSlug={track.slug} section={section} page={page} /> : null}
      <div className="accordion-list">
        {questionsOnPage(section.questions, page).map((q, i) => (
          <QuestionAccordion key={q.id} question={q} number={`${section.number}.${offset + i + 1}`} />
        ))}
      </div>
      <OpenHashTarget />
      <StatusBadges />
      <CodeCopy />
      <CopyStatus />
      <PagePager
        label="Pages of this section"
        page={page}
        pages={pages}
        href={(n) => sectionPath(track.slug, section.slug, n)}
      />
      <nav aria-label="Sections" className="pager">
        {previous ? (
          <a href={sectionPath(track.slug, previous.slug)} rel="prev">
            ← {previous.title}
          </a>
        ) : (
          <span />
        )}
        {next ? (
          <a href={sectionPath(track.slug, next.slug)} rel="next">
            {next.title} →
          </a>
        ) : null}
      </nav>
    </>
  );
}
