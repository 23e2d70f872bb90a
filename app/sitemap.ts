import type { MetadataRoute } from "next";
import { getTracks } from "@/lib/content/server";
import { catalogPageCount, catalogPath, pageCount } from "@/lib/content";
import { questionPath, sectionPath, trackPath } from "@/lib/site";
import { siteUrl } from "@/lib/site-url";

export const dynamic = "force-static";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const tracks = await getTracks();
  const questionCount = tracks.reduce((sum, t) => sum + t.questions.length, 0);
  return [
    { url: `${siteUrl}/` },
    ...Array.from({ length: catalogPageCount(questionCount) }, (_, i) => ({
      url: `${siteUrl}${catalogPath(i + 1)}`,
    })),
    ...tracks.flatMap((track) => [
      { url: `${siteUrl}${trackPath(track.slug)}` },
      ...track.sections.flatMap((s) =>
        Array.from({ length: pageCount(s.questions) }, (_, i) => ({
          url: `${siteUrl}${sectionPath(track.slug, s.slug, i + 1)}`,
        })),
      ),
      ...track.questions.map((q) => ({ url: `${siteUrl}${questionPath(q.id)}` })),
    ]),
  ];
}
