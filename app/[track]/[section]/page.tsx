import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OpenHashTarget } from "@/components/question/open-hash-target";
import { QuestionAccordion } from "@/components/question/question-accordion";
import { getTrack } from "@/lib/content/load";
import { sectionPath } from "@/lib/site";

interface Props {
  params: Promise<{ track: string; section: string }>;
}

export const dynamicParams = false;

export async function generateStaticParams() {
  const track = await getTrack();
  return track.sections.map((s) => ({ track: track.slug, section: s.slug }));
}

async function find(params: Props["params"]) {
  const { track: trackSlug, section: slug } = await params;
  const track = await getTrack();
  const index = track.sections.findIndex((s) => s.slug === slug);
  if (trackSlug !== track.slug || index < 0) notFound();
  return { track, index, section: track.sections[index]! };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { track, section } = await find(params);
  const path = sectionPath(track.slug, section.slug);
  return {
    title: `${section.title} — ${track.title}`,
    description: section.summary,
    alternates: { canonical: path },
    openGraph: { title: section.title, description: section.summary, url: path },
  };
}

export default async function SectionPage({ params }: Props) {
  const { track, index, section } = await find(params);
  const previous = track.sections[index - 1];
  const next = track.sections[index + 1];
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href="/">{track.title}</a> <span aria-hidden="true">/</span> <span>{section.title}</span>
      </nav>
      <h1>
        <span className="section-number">{String(section.number).padStart(2, "0")}</span> {section.title}
      </h1>
      <p className="lede">{section.summary}</p>
      <div className="accordion-list">
        {section.questions.map((q, i) => (
          <QuestionAccordion key={q.id} question={q} number={`${section.number}.${i + 1}`} />
        ))}
      </div>
      <OpenHashTarget />
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
