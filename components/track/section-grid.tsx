import type { LoadedTrack } from "@/lib/content/server";
import { sectionPath } from "@/lib/site";
import { DifficultyMix } from "./difficulty-mix";

/** A track's sections as cards, each with its summary, size and difficulty mix. */
export function SectionGrid({ track, label }: { track: LoadedTrack; label: string }) {
  return (
    <ol className="section-grid" aria-label={label}>
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
  );
}

/** "42 questions · 8 sections", as cards and heroes print a track's size. */
export const trackSize = (track: LoadedTrack) =>
  `${track.questions.length} question${track.questions.length === 1 ? "" : "s"} · ${track.sections.length} section${track.sections.length === 1 ? "" : "s"}`;
