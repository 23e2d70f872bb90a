import type { Metadata } from "next";
import { QuestionFilters } from "@/components/browse/question-filters";
import { DifficultyBadge } from "@/components/question/difficulty-badge";
import { getTrack } from "@/lib/content/load";
import { questionPath } from "@/lib/site";

export const metadata: Metadata = {
  title: "All questions",
  description:
    "Every Node.js interview question in one list, filterable by section, difficulty, tag and your progress.",
  alternates: { canonical: "/questions" },
};

export default async function AllQuestionsPage() {
  const track = await getTrack();
  const tags = [...new Set(track.questions.flatMap((q) => q.tags))].sort();
  const sectionTitles = Object.fromEntries(track.sections.map((s) => [s.slug, s.title]));
  return (
    <>
      <h1>All questions</h1>
      <p className="lede">
        {track.questions.length} questions. Filters are kept in the address, so you can send a filtered list to someone.
      </p>
      <QuestionFilters
        known={{ section: track.sections.map((s) => s.slug), tag: tags }}
        sectionTitles={sectionTitles}
      />
      {track.sections.map((section) => (
        <section key={section.slug} data-section-group="" aria-labelledby={`group-${section.slug}`}>
          <h2 id={`group-${section.slug}`}>{section.title}</h2>
          <ul className="question-list">
            {section.questions.map((q) => (
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
      ))}
    </>
  );
}
