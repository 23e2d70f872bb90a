import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QuestionFilters } from "@/components/browse/question-filters.client";
import { QuestionRow } from "@/components/browse/question-row";
import { StatusBadges } from "@/components/question/status-badges.client";
import { getTrack } from "@/lib/content/load";
import { listTracks } from "@/lib/content/track-list";
import { tagsByTitle, tagTitles } from "@/lib/content/tag-titles";
import { PageOf, PagePager } from "@/components/shared/pagination";
import { catalogPageCount, catalogPageSize, catalogPath, pageFromSegments, pageSegments } from "@/lib/content/pages";

interface Props {
  params: Promise<{ page?: string[] }>;
}

export const dynamicParams = false;

/** `/questions` is page 1; a catalog past 100 questions continues at `/questions/page/2`. */
export async function generateStaticParams() {
  const { questions } = await getTrack();
  return Array.from({ length: catalogPageCount(questions.length) }, (_, i) => ({ page: pageSegments(i + 1) }));
}

async function find(params: Props["params"]) {
  const { page: segments = [] } = await params;
  const track = await getTrack();
  const page = pageFromSegments(segments, catalogPageCount(track.questions.length));
  if (page === null) notFound();
  return { track, page };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await find(params);
  return {
    title: page > 1 ? `All questions, page ${page}` : "All questions",
    description:
      "Every Node.js interview question in one list, filterable by section, difficulty, tag and your progress.",
    alternates: { canonical: catalogPath(page) },
  };
}

export default async function AllQuestionsPage({ params }: Props) {
  const { track, page } = await find(params);
  const pages = catalogPageCount(track.questions.length);
  const onPage = track.questions.slice((page - 1) * catalogPageSize, page * catalogPageSize);
  const tags = tagsByTitle(track);
  const sectionTitles = Object.fromEntries(track.sections.map((s) => [s.slug, s.title]));
  const tracks = await listTracks();
  return (
    <>
      <h1>
        All questions
        <PageOf page={page} pages={pages} />
      </h1>
      <p className="lede">
        {track.questions.length} questions. Filters search all of them and are kept in the address, so you can send a
        filtered list to someone.
      </p>
      <QuestionFilters
        known={{
          track: tracks.map((t) => t.slug),
          section: track.sections.map((s) => s.slug),
          tag: tags.map((t) => t.slug),
        }}
        sectionTitles={sectionTitles}
        trackTitles={Object.fromEntries(tracks.map((t) => [t.slug, t.title]))}
        tagTitles={tagTitles(track)}
        total={track.questions.length}
      />
      <div data-catalog-page="">
        {track.sections.map((section) => {
          const here = onPage.filter((q) => q.section === section.slug);
          if (here.length === 0) return null;
          return (
            <section key={section.slug} aria-labelledby={`group-${section.slug}`}>
              <h2 id={`group-${section.slug}`}>{section.title}</h2>
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
