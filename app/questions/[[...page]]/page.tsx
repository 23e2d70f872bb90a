import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QuestionRow } from "@/components/browse";
import { QuestionFilters } from "@/components/browse/question-filters.client";
import { StatusBadges } from "@/components/question/status-badges.client";
import { getTracks } from "@/lib/content/server";
import {
  mergedTags,
  tagsByTitle,
  tagTitles,
  catalogPageCount,
  catalogPageSize,
  catalogPath,
  pageFromSegments,
  pageSegments,
} from "@/lib/content";
import { PageOf, PagePager } from "@/components/shared";

interface Props {
  params: Promise<{ page?: string[] }>;
}

export const dynamicParams = false;

/** `/questions` is page 1; a catalog past 100 questions continues at `/questions/page/2`. */
export async function generateStaticParams() {
  const questions = (await getTracks()).flatMap((t) => t.questions);
  return Array.from({ length: catalogPageCount(questions.length) }, (_, i) => ({ page: pageSegments(i + 1) }));
}

async function find(params: Props["params"]) {
  const { page: segments = [] } = await params;
  const tracks = await getTracks();
  const questions = tracks.flatMap((t) => t.questions);
  const page = pageFromSegments(segments, catalogPageCount(questions.length));
  if (page === null) notFound();
  return { tracks, questions, page };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await find(params);
  return {
    title: page > 1 ? `All questions, page ${page}` : "All questions",
    description: "Every interview question in one list, filterable by section, difficulty, tag and your progress.",
    alternates: { canonical: catalogPath(page) },
  };
}

export default async function AllQuestionsPage({ params }: Props) {
  const { tracks, questions, page } = await find(params);
  const pages = catalogPageCount(questions.length);
  const onPage = questions.slice((page - 1) * catalogPageSize, page * catalogPageSize);
  const vocabulary = mergedTags(tracks);
  const tags = tagsByTitle(vocabulary);
  const sections = tracks.flatMap((track) => track.sections.map((section) => ({ track, section })));
  const sectionTitles = Object.fromEntries(sections.map(({ section }) => [section.slug, section.title]));
  // With one track the groups read as before; with more, each heading names its track.
  const groupTitle = (track: string, title: string) => (tracks.length > 1 ? `${track}: ${title}` : title);
  return (
    <>
      <h1>
        All questions
        <PageOf page={page} pages={pages} />
      </h1>
      <p className="lede">
        {questions.length} questions. Filters search all of them and are kept in the address, so you can send a filtered
        list to someone.
      </p>
      <QuestionFilters
        known={{
          track: tracks.map((t) => t.slug),
          section: [...new Set(sections.map(({ section }) => section.slug))],
          tag: tags.map((t) => t.slug),
        }}
        sectionTitles={sectionTitles}
        trackTitles={Object.fromEntries(tracks.map((t) => [t.slug, t.title]))}
        tagTitles={tagTitles(vocabulary)}
        total={questions.length}
      />
      <div data-catalog-page="">
        {sections.map(({ track, section }) => {
          const here = onPage.filter((q) => q.track === track.slug && q.section === section.slug);
          if (here.length === 0) return null;
          const id = `group-${track.slug}-${section.slug}`;
          return (
            <section key={id} aria-labelledby={id}>
              <h2 id={id}>{groupTitle(track.title, section.title)}</h2>
              <ul className="question-list">
                {here.map((q) => (
                  <QuestionRow key={q.id} question={q} note={q.summary} />
                ))}
              </ul>
            </section>
          );
        })}
        <PagePager label="Pages of all questions" page={page} pages={pages} href={catalogPath} />
      </div>
      <StatusBadges />
    </>
  );
}
