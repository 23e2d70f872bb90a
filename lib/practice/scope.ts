import "client-only";
import { difficulties, type Difficulty } from "@/lib/content";
import { cardKey, type Progress, isDueToday, todayAt, type Today } from "@/lib/progress/client";
import { savedValues } from "@/lib/notes";
import { slugPattern } from "@/lib/slug";
import { trackParam } from "@/lib/url/client";
import { readQuery, shortenForDisplay } from "@/lib/url";
import type { Deck, DeckQuestion } from "@/lib/deck";

export const whichOptions = [
  { value: "smart", label: "Due first, then new" },
  { value: "new", label: "New only" },
  { value: "due", label: "Due only" },
  { value: "missed", label: "Ones I missed" },
  { value: "all", label: "All" },
] as const;
export type Which = (typeof whichOptions)[number]["value"];

export interface Scope {
  sections: string[];
  difficulties: Difficulty[];
  tags: string[];
  which: Which;
  limit: number;
  /** Questions asked first whatever else the scope says, even if still in learning: what a mock just flagged. */
  include: string[];
}

export const defaultScope: Scope = {
  sections: [],
  difficulties: [],
  tags: [],
  which: "smart",
  limit: 10,
  include: [],
};

const keysOf = (q: DeckQuestion) => [
  cardKey(q.id),
  ...Array.from({ length: q.followUpCount }, (_, i) => cardKey(q.id, i)),
];

/**
 * The question ids a session will ask, in order: included ones first, then due before new for
 * "smart", track order otherwise. "Due" is today's rule (today.ts), so what home counts is what
 * "Due only" asks. `today` defaults to the day `now` falls in.
 */
export function buildQueue(
  deck: Deck,
  progress: Progress,
  scope: Scope,
  now: Date,
  today: Today = todayAt(now),
): string[] {
  const inScope = deck.questions.filter(
    (q) =>
      (scope.sections.length === 0 || scope.sections.includes(q.section)) &&
      (scope.difficulties.length === 0 || scope.difficulties.includes(q.difficulty)) &&
      (scope.tags.length === 0 || q.tags.some((t) => scope.tags.includes(t))),
  );
  const isNew = (q: DeckQuestion) => !progress.cards[cardKey(q.id)];
  const due = (q: DeckQuestion) => keysOf(q).some((k) => isDueToday(progress.cards[k], today));
  const missed = (q: DeckQuestion) => keysOf(q).some((k) => progress.cards[k]?.lastRating === "again");
  const picked =
    scope.which === "new"
      ? inScope.filter(isNew)
      : scope.which === "due"
        ? inScope.filter(due)
        : scope.which === "missed"
          ? inScope.filter(missed)
          : scope.which === "smart"
            ? [...inScope.filter(due), ...inScope.filter(isNew)]
            : inScope;
  const included = deck.questions.filter((q) => scope.include.includes(q.id)).map((q) => q.id);
  const rest = picked.map((q) => q.id).filter((id) => !included.includes(id));
  return [...included, ...rest.slice(0, Math.max(0, scope.limit - included.length))];
}

/** Today's reviews in deck order: every question due today by today.ts's rule. */
export function todaysQueue(deck: Deck, progress: Progress, today: Today): string[] {
  return deck.questions.filter((q) => keysOf(q).some((k) => isDueToday(progress.cards[k], today))).map((q) => q.id);
}

export type PracticeParams =
  | { kind: "none" }
  | { kind: "questions"; ids: string[] }
  | { kind: "bookmarked"; ids: string[] }
  | { kind: "sections"; sections: string[]; include: string[] }
  | { kind: "today" }
  | { kind: "invalid"; message: string };

const scopeOptions = ["q", "sections", "saved", "today"];

/** Echoes a value from the address bar inside a message, cut short so a long one cannot flood the page. */
export const quoted = (value: string) => `"${shortenForDisplay(value)}"`;

/** `include=<id>,<id>` beside `sections`: questions the mock flagged, each a known id. */
function parseInclude(value: string | null, deck: Deck): string[] | string {
  if (value === null) return [];
  const ids = value.split(",").filter((id) => id !== "");
  for (const id of ids) {
    if (!slugPattern.test(id) || !deck.questions.some((q) => q.id === id)) {
      return `There is no question with the id ${quoted(id)}.`;
    }
  }
  return [...new Set(ids)];
}

function parseSections(value: string, include: string | null, deck: Deck): PracticeParams {
  const slugs = value.split(",").filter((s) => s !== "");
  if (slugs.length === 0) return { kind: "invalid", message: "That practice link names no sections." };
  for (const slug of slugs) {
    if (!slugPattern.test(slug) || !deck.sections.some((s) => s.slug === slug)) {
      return { kind: "invalid", message: `There is no section ${quoted(slug)}.` };
    }
  }
  const ids = parseInclude(include, deck);
  if (typeof ids === "string") return { kind: "invalid", message: ids };
  return { kind: "sections", sections: [...new Set(slugs)], include: ids };
}

/** `?cram=1`: practise without recording grades, so the schedule is left as it is. */
export const isCramLink = (search: string) => readQuery(search)?.get("cram") === "1";

/**
 * Reads `?q=<id>,<id>` (one question, or a plan's day), `?sections=<slug>,<slug>` (optionally with
 * `include=<id>,<id>`, asked first: a mock's flagged questions), `?today=1` (today's reviews) or
 * `?saved=bookmarked`, any of them with `cram=1` and `track=<slug>` (read by the caller, which
 * passes the deck of that track); anything else in the query is reported, never trusted.
 * `bookmarks` is only called for the bookmarked scope, so other links never read storage.
 */
export function parsePracticeParams(search: string, deck: Deck, bookmarks: () => string[] = () => []): PracticeParams {
  const params = readQuery(search);
  if (!params) return { kind: "invalid", message: "That practice link is malformed." };
  const unknown = [...params.keys()].filter(
    (k) =>
      !scopeOptions.includes(k) &&
      k !== trackParam &&
      `${k}=${params.get(k)}` !== "cram=1" &&
      !(k === "include" && params.has("sections")),
  );
  if (unknown.length > 0) return { kind: "invalid", message: `Unknown link option ${quoted(unknown[0]!)}.` };
  if (scopeOptions.reduce((n, k) => n + params.getAll(k).length, 0) > 1) {
    return { kind: "invalid", message: "That practice link gives more than one of q, sections, today and saved." };
  }
  const saved = params.get("saved");
  if (saved !== null) {
    if (!savedValues.some((v) => v === saved))
      return { kind: "invalid", message: `There is no saved scope ${quoted(saved)}.` };
    const marked = new Set(bookmarks());
    return { kind: "bookmarked", ids: deck.questions.filter((q) => marked.has(q.id)).map((q) => q.id) };
  }
  const today = params.get("today");
  if (today !== null) {
    return today === "1" ? { kind: "today" } : { kind: "invalid", message: `Unknown link option ${quoted("today")}.` };
  }
  const sections = params.get("sections");
  if (sections !== null) return parseSections(sections, params.get("include"), deck);
  const ids = params.get("q")?.split(",");
  if (!ids) return { kind: "none" };
  for (const id of ids) {
    if (!slugPattern.test(id)) return { kind: "invalid", message: "That practice link is malformed." };
    if (!deck.questions.some((q) => q.id === id)) {
      return { kind: "invalid", message: `There is no question with the id ${quoted(id)}.` };
    }
  }
  return { kind: "questions", ids: [...new Set(ids)] };
}

export { difficulties };
