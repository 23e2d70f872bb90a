import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SectionView } from "@/components/track/server";
import { TrackVersions } from "@/components/track";
import { getTrackBySlug, getTracks } from "@/lib/content/server";
import { pageCount, pageFromSegments, pageSegments } from "@/lib/content";
import { sectionPath } from "@/lib/site";

interface Props {
  params: Promise<{ track: string; section: string; page?: string[] }>;
}

export const dynamicParams = false;

/** Every track's sections: `/nodejs/runtime` is page 1; long sections continue at `/nodejs/runtime/page/2` and so on. */
export async function generateStaticParams() {
  return (await getTracks()).flatMap((track) =>
    track.sections.flatMap((s) =>
      Array.from({ length: pageCount(s.questions) }, (_, i) => ({
        track: track.slug,
        section: s.slug,
        page: pageSegments(i + 1),
      })),
    ),
  );
}

async function find(params: Props["params"]) {
  const { track: trackSlug, section: slug, page: segments = [] } = await params;
  const track = await getTrackBySlug(trackSlug);
  const section = track?.sections.find((s) => s.slug === slug);
  if (!track || !section) notFound();
  const page = pageFromSegments(segments, pageCount(section.questions));
  if (page === null) notFound();
  return { track, section, page };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { track, section, page } = await find(params);
  const path = sectionPath(track.slug, section.slug, page);
  const title = page > 1 ? `${section.title}, page ${page} — ${track.title}` : `${section.title} — ${track.title}`;
  return {
    title,
    description: section.summary,
    alternates: { canonical: path },
    openGraph: { title: section.title, description: section.summary, url: path },
  };
}

export default async function SectionPage({ params }: Props) {
  const { track, section, page } = await find(params);
  return (
    <>
      <SectionView track={track} section={section} page={page} />
      <TrackVersions track={track} />
    </>
  );
}
