import type { MetadataRoute } from "next";
import { getTrack } from "@/lib/content/load";
import { catalogPageCount, catalogPath, pageCount } from "@/lib/content/pages";
import { questionPath, sectionPath } from "@/lib/site";
import { siteUrl } from "@/lib/site-url";

export const dynamic = "force-static";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const track = await getTrack();
  return [
    { url: `${siteUrl}/` },
    ...Array.from({ length: catalogPageCount(track.questions.length) }, (_, i) => ({
      url: `${siteUrl}${catalogPath(i + 1)}`,
    })),
    ...track.sections.flatMap((s) =>
      Array.from({ length: pageCount(s.questions) }, (_, i) => ({
        url: `${siteUrl}${sectionPath(track.slug, s.slug, i + 1)}`,
      })),
    ),
    ...track.questions.map((q) => ({ url: `${siteUrl}${questionPath(q.id)}` })),
  ];
}
