import { DueToday } from "@/components/progress/due-today.client";
import { DifficultyMix } from "@/components/track/difficulty-mix";
import { getTrack } from "@/lib/content/load";
import { sectionPath } from "@/lib/site";

export default async function HomePage() {
  const track = await getTrack();
  return (
    <>
      <section className="hero">
        <h1>{track.title} interview questions, with the follow-ups that come next</h1>
        <p className="lede">{track.summary}</p>
        <p className="hero-stats">
          {track.questions.length} questions · {track.sections.length} sections · every answer with its red flag and
          follow-up ladder
        </p>
        <DueToday />
      </section>
      <h2 className="visually-hidden">Sections</h2>
      <ol className="section-grid">
        {track.sections.map((section) => (
          <li key={section.slug} className="section-card">
            <h3>
              <a href={sectionPath(track.slug, section.slug)}>
                <span className="section-number">{String(section.number).padStart(2, "0")}</span> {section.title}
              </a>
            </h3>
            <p>{section.summary}</p>
            <p className="section-count">
              {section.questions.length} question{section.questions.length === 1 ? "" : "s"}
            </p>
            <DifficultyMix questions={section.questions} />
          </li>
        ))}
      </ol>
    </>
  );
}
