import type { MetadataRoute } from "next";
import { getTrack } from "@/lib/content/load";
import { questionPath, sectionPath, siteUrl } from "@/lib/site";

export const dynamic = "force-static";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const track = await getTrack();
  return [
    { url: `${siteUrl}/` },
    ...track.sections.map((s) => ({ url: `${siteUrl}${sectionPath(track.slug, s.slug)}` })),
    ...track.questions.map((q) => ({ url: `${siteUrl}${questionPath(q.id)}` })),
  ];
}
