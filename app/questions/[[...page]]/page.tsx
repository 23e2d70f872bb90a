import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QuestionFilters } from "@/components/browse/question-filters";
import { DifficultyBadge } from "@/components/question/difficulty-badge";
import { getTrack } from "@/lib/content/load";
import { catalogPageCount, catalogPageSize, catalogPath } from "@/lib/content/pages";
import { questionPath } from "@/lib/site";

interface Props {
  params: Promise<{ page?: string[] }>;
}

export const dynamicParams = false;

/** `/questions` is page 1; a catalog past 100 questions continues at `/questions/page/2`. */
export async function generateStaticParams() {
  const { questions } = await getTrack();
  return Array.from({ length: catalogPageCount(questions.length) }, (_, i) => ({
    page: i === 0 ? [] : ["page", String(i + 1)],
  }));
}

async function find(params: Props["params"]) {
  const { page: rest = [] } = await params;
  const track = await getTrack();
  if (rest.length === 0) return { track, page: 1 };
  const page = rest.length === 2 && rest[0] === "page" && /^\d+$/.test(rest[1]!) ? Number(rest[1]) : NaN;
  if (!(page >= 2 && page <= catalogPageCount(track.questions.length))) notFound();
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
  const tags = [...new Set(track.questions.flatMap((q) => q.tags))].sort();
  const sectionTitles = Object.fromEntries(track.sections.map((s) => [s.slug, s.title]));
  return (
    <>
      <h1>
        All questions
        {pages > 1 ? (
          <span className="page-of">
            {" "}
            · page {page} of {pages}
          </span>
        ) : null}
      </h1>
      <p className="lede">
        {track.questions.length} questions. Filters search all of them and are kept in the address, so you can send a
        filtered list to someone.
      </p>
      <QuestionFilters
        known={{ section: track.sections.map((s) => s.slug), tag: tags }}
        sectionTitles={sectionTitles}
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
                  <li
                    key={q.id}
                    data-question={q.id}
                    data-section={q.section}
                    data-difficulty={q.difficulty}
                    data-tags={q.tags.join(" ")}
                  >
                    <a href={questionPath(q.id)}>{q.title}</a> <DifficultyBadge difficulty={q.difficulty} />
                    <p>{q.summary}</p>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
        {pages > 1 ? (
          <nav aria-label="Pages of all questions" className="pager">
            {page > 1 ? <a href={catalogPath(page - 1)}>← Page {page - 1}</a> : <span />}
            {page < pages ? <a href={catalogPath(page + 1)}>Page {page + 1} →</a> : null}
          </nav>
        ) : null}
      </div>
    </>
  );
}
