import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SectionView } from "@/components/track/section-view";
import { getTrack } from "@/lib/content/load";
import { pageCount } from "@/lib/content/pages";
import { sectionPath } from "@/lib/site";

interface Props {
  params: Promise<{ track: string; section: string; n: string }>;
}

export const dynamicParams = false;

/** Pages 2 and up of long sections; page 1 is the section's own URL. */
export async function generateStaticParams() {
  const track = await getTrack();
  return track.sections.flatMap((s) =>
    Array.from({ length: pageCount(s.questions.length) - 1 }, (_, i) => ({
      track: track.slug,
      section: s.slug,
      n: String(i + 2),
    })),
  );
}

async function find(params: Props["params"]) {
  const { track: trackSlug, section: slug, n } = await params;
  const track = await getTrack();
  const section = track.sections.find((s) => s.slug === slug);
  const page = Number(n);
  if (
    trackSlug !== track.slug ||
    !section ||
    !/^\d+$/.test(n) ||
    page < 2 ||
    page > pageCount(section.questions.length)
  ) {
    notFound();
  }
  return { track, section, page };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { track, section, page } = await find(params);
  const path = sectionPath(track.slug, section.slug, page);
  return {
    title: `${section.title}, page ${page} — ${track.title}`,
    description: section.summary,
    alternates: { canonical: path },
  };
}

export default async function SectionPageN({ params }: Props) {
  const { track, section, page } = await find(params);
  return <SectionView track={track} section={section} page={page} />;
}
