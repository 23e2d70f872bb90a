import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SectionView } from "@/components/track/section-view";
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
  const section = track.sections.find((s) => s.slug === slug);
  if (trackSlug !== track.slug || !section) notFound();
  return { track, section };
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
  const { track, section } = await find(params);
  return <SectionView track={track} section={section} page={1} />;
}
