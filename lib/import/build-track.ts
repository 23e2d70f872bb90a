import "server-only";
import type { Track } from "@/lib/content";
import { clip, fitTitle, sectionTitleOf } from "./describe";
import { slugify } from "./import-map";
import type { RawSection } from "./types";

export interface PlannedSection {
  slug: string;
  title: string;
  folder: string;
  source: RawSection;
  count: number;
}

/** Sections in page order, with unique slugs; a `##` heading with no questions under it is not one. */
export function planSections(used: RawSection[]): PlannedSection[] {
  const sections: PlannedSection[] = [];
  for (const source of used) {
    const existing = sections.find((s) => s.source === source);
    if (existing) {
      existing.count += 1;
      continue;
    }
    const title = fitTitle(sectionTitleOf(source.title), 3, 80, "questions");
    const base = slugify(title, 5);
    let slug = base;
    for (let n = 2; sections.some((s) => s.slug === slug); n += 1) slug = `${base}-${n}`;
    const folder = `${String(sections.length + 1).padStart(2, "0")}-${slug}`;
    sections.push({ slug, title, folder, source, count: 1 });
  }
  return sections;
}

/**
 * Every question carries the track's own tag, so every tag has at least two questions (a section
 * of one question gets no tag of its own), plus its section's tag.
 */
export const tagsOf = (track: string, section: PlannedSection) =>
  section.count >= 2 && section.slug !== track ? [track, section.slug] : [track];

export function trackManifest(
  slug: string,
  page: { title?: string; description?: string },
  file: string,
  sections: PlannedSection[],
  total: number,
): Track {
  const title = fitTitle(page.title ?? slug, 3, 80, "track");
  const described = page.description && page.description.length >= 20 ? clip(page.description, 300) : undefined;
  const tags = [
    {
      slug,
      title: fitTitle(clip(title, 40), 2, 40, "track"),
      description: clip(`Every question imported from ${file}.`, 140),
    },
    ...sections
      .filter((s) => s.count >= 2 && s.slug !== slug)
      .map((s) => ({
        slug: s.slug,
        title: clip(s.title, 40),
        description: clip(`Questions from the section “${s.title}”.`, 140),
      })),
  ];
  return {
    slug,
    title,
    summary: described ?? clip(`${total} question${total === 1 ? "" : "s"} imported from ${file}.`, 300),
    sections: sections.map((s) => ({
      slug: s.slug,
      title: s.title,
      summary: clip(`${s.count} question${s.count === 1 ? "" : "s"} imported from the section “${s.title}”.`, 200),
    })),
    tags,
  };
}
