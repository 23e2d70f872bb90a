import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TrackProgress } from "@/components/progress/track-progress.client";
import { SectionGrid, trackSize, TrackProgressLine, TrackVersions } from "@/components/track";
import { getTrackBySlug, getTracks } from "@/lib/content/server";
import { mockTrackPath, practiceTrackPath, trackPath } from "@/lib/site";

interface Props {
  params: Promise<{ track: string }>;
}

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getTracks()).map((track) => ({ track: track.slug }));
}

async function find(params: Props["params"]) {
  const track = await getTrackBySlug((await params).track);
  if (!track) notFound();
  return track;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const track = await find(params);
  const path = trackPath(track.slug);
  return {
    title: `${track.title} interview questions`,
    description: track.summary,
    alternates: { canonical: path },
    openGraph: { title: track.title, description: track.summary, url: path },
  };
}

/** One track's landing page: what it covers, its sections, and the ways to practise it. */
export default async function TrackPage({ params }: Props) {
  const track = await find(params);
  return (
    <>
      <section className="hero">
        <h1>{track.title} interview questions, with the follow-ups that come next</h1>
        <p className="lede">{track.summary}</p>
        <p className="hero-stats">
          {trackSize(track)}
          {/* Imported questions may lack these parts, so only a track written for this site claims them. */}
          {track.questions.some((q) => "status" in q) ? "" : " · every answer with its red flag and follow-up ladder"}
        </p>
        <TrackProgressLine track={track} />
        <p className="due-links">
          <a className="button-primary" href={practiceTrackPath(track.slug)}>
            Practise this track
          </a>{" "}
          <a className="button-quiet" href={mockTrackPath(track.slug)}>
            Sit a mock interview
          </a>
        </p>
      </section>
      <h2 className="visually-hidden">Sections</h2>
      <SectionGrid track={track} label={`Sections of ${track.title}`} />
      <TrackProgress />
      <TrackVersions track={track} />
    </>
  );
}
