import "client-only";
import { difficulties } from "@/lib/content";
import { questionStatuses, type QuestionStatus } from "@/lib/progress/client";
import { savedValues as savedScopes } from "@/lib/notes";
import { trackParam } from "@/lib/url/client";
import { readQuery, shortenForDisplay } from "@/lib/url";

/** The progress filter offers exactly the statuses the badges show. */
export const statuses = questionStatuses;
export type Status = QuestionStatus;

/** The Saved filter: practice's saved scopes, plus questions with a note, which only this filter offers. */
export const savedValues = [...savedScopes, "noted"] as const;

export interface Filters {
  track: string[];
  section: string[];
  difficulty: string[];
  tag: string[];
  status: string[];
  saved: string[];
}

export const filterKeys = [trackParam, "section", "difficulty", "tag", "status", "saved"] as const;
export const emptyFilters = (): Filters => ({ track: [], section: [], difficulty: [], tag: [], status: [], saved: [] });

export interface Known {
  track: string[];
  section: string[];
  tag: string[];
}

/**
 * Reads filters from a query string. Only known keys and values are used; everything else is
 * listed in `ignored` so the page can say so, and nothing here can throw on hostile input.
 */
export function parseFilters(search: string, known: Known): { filters: Filters; ignored: string[] } {
  const filters = emptyFilters();
  const ignored: string[] = [];
  const params = readQuery(search);
  if (!params) return { filters, ignored: ["the whole query"] };
  const allowed: Record<(typeof filterKeys)[number], readonly string[]> = {
    track: known.track,
    section: known.section,
    difficulty: difficulties,
    tag: known.tag,
    status: statuses,
    saved: savedValues,
  };
  for (const [key, raw] of params) {
    const values = raw.split(",").filter(Boolean);
    if (!(filterKeys as readonly string[]).includes(key)) {
      ignored.push(shortenForDisplay(key));
      continue;
    }
    const k = key as (typeof filterKeys)[number];
    for (const value of values) {
      if (allowed[k].includes(value) && !filters[k].includes(value)) filters[k].push(value);
      else if (!allowed[k].includes(value)) ignored.push(`${k}=${shortenForDisplay(value)}`);
    }
  }
  return { filters, ignored };
}

export function serializeFilters(filters: Filters): string {
  const params = new URLSearchParams();
  for (const key of filterKeys) if (filters[key].length > 0) params.set(key, filters[key].join(","));
  const text = params.toString().replace(/%2C/g, ",");
  return text ? `?${text}` : "";
}

export interface Filterable {
  track: string;
  section: string;
  difficulty: string;
  tags: string[];
  status: Status;
  bookmarked: boolean;
  noted: boolean;
}

export function matchesFilters(item: Filterable, f: Filters): boolean {
  return (
    (f.track.length === 0 || f.track.includes(item.track)) &&
    (f.section.length === 0 || f.section.includes(item.section)) &&
    (f.difficulty.length === 0 || f.difficulty.includes(item.difficulty)) &&
    (f.tag.length === 0 || item.tags.some((t) => f.tag.includes(t))) &&
    (f.status.length === 0 || f.status.includes(item.status)) &&
    (f.saved.length === 0 ||
      (f.saved.includes("bookmarked") && item.bookmarked) ||
      (f.saved.includes("noted") && item.noted))
  );
}
