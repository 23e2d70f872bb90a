import "server-only";
import { z } from "zod";
import { kebab } from "@/lib/content";
import { jaccard, signatureOf, wordsOf } from "./words";

/** One question the track has ever had; `retired` ones keep their id so it is never reused. */
export const importMapEntrySchema = z.strictObject({
  id: kebab,
  section: z.string(),
  number: z.int().optional(),
  title: z.string(),
  /** The answer's distinct words, to recognise the question when its title changes. */
  words: z.array(z.string()),
  retired: z.boolean().optional(),
});

export const importMapSchema = z.strictObject({
  version: z.literal(1),
  track: kebab,
  questions: z.array(importMapEntrySchema),
});

export type ImportMap = z.infer<typeof importMapSchema>;
export type ImportMapEntry = z.infer<typeof importMapEntrySchema>;

export interface Candidate {
  section: string;
  number?: number;
  title: string;
  bodyText: string;
}

export interface Assignment {
  id: string;
  /** How the id was found: kept from the map (with the match score) or new from the title. */
  how: { kind: "kept"; score: number; previousTitle: string } | { kind: "new" };
}

/** Weights of the match score; the body dominates because titles drift between revisions. */
const weight = { body: 0.6, title: 0.3, position: 0.1 };
const minScore = 0.35;

/** Names whose meaning is in their symbols, spelled out before the symbols are dropped. */
const spelledOut: [RegExp, string][] = [
  [/\bc\+\+/gi, " cpp "],
  [/(^|[^\w.])\.net\b/gi, "$1 dotnet "],
  [/\b([a-z])#/gi, " $1 sharp "],
  [/\b([a-z0-9]+)\+(?=[a-z0-9])/gi, " $1 plus "],
];

const spell = (text: string) => spelledOut.reduce((t, [pattern, words]) => t.replace(pattern, words), text);

export const slugify = (text: string, maxWords = 6) =>
  wordsOf(
    spell(text)
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, ""),
  )
    .filter((w) => /^[a-z0-9]+$/.test(w))
    .slice(0, maxWords)
    .join("-") || "question";

/**
 * Gives each question an id: the id of the best-matching question in the previous import (by
 * body words, title words and number within the section), or, for a question never seen, one
 * derived once from the title and then frozen in the map. Each old id is given out at most once.
 */
export function assignIds(track: string, candidates: Candidate[], previous: ImportMap | undefined) {
  const old = previous?.questions ?? [];
  const oldSigs = old.map((e) => ({ body: new Set(e.words), title: signatureOf(e.title) }));
  const sigs = candidates.map((c) => ({ body: signatureOf(c.bodyText), title: signatureOf(c.title) }));
  // An inverted index counts shared body words per pair without comparing every word of every pair.
  const postings = new Map<string, number[]>();
  oldSigs.forEach((sig, oi) =>
    sig.body.forEach((w) => {
      const list = postings.get(w);
      if (list) list.push(oi);
      else postings.set(w, [oi]);
    }),
  );
  const pairs: { c: number; o: number; score: number }[] = [];
  const shared = new Int32Array(old.length);
  candidates.forEach((c, ci) => {
    shared.fill(0);
    for (const w of sigs[ci]!.body) for (const oi of postings.get(w) ?? []) shared[oi]! += 1;
    old.forEach((o, oi) => {
      const union = sigs[ci]!.body.size + oldSigs[oi]!.body.size - shared[oi]!;
      const body = union === 0 ? 0 : shared[oi]! / union;
      const title = jaccard(sigs[ci]!.title, oldSigs[oi]!.title);
      const position = c.number !== undefined && c.number === o.number && c.section === o.section ? 1 : 0;
      const score = weight.body * body + weight.title * title + weight.position * position;
      if (score >= minScore) pairs.push({ c: ci, o: oi, score });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.c - b.c || a.o - b.o);
  const assigned: (Assignment | undefined)[] = candidates.map(() => undefined);
  const usedOld = new Set<number>();
  for (const { c, o, score } of pairs) {
    if (assigned[c] || usedOld.has(o)) continue;
    assigned[c] = { id: old[o]!.id, how: { kind: "kept", score, previousTitle: old[o]!.title } };
    usedOld.add(o);
  }
  const taken = new Set(old.map((e) => e.id));
  const assignments = candidates.map((c, i): Assignment => {
    const kept = assigned[i];
    if (kept) return kept;
    const base = `${track}-${slugify(c.title)}`;
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
    taken.add(id);
    return { id, how: { kind: "new" } };
  });
  const current: ImportMapEntry[] = candidates.map((c, i) => ({
    id: assignments[i]!.id,
    section: c.section,
    ...(c.number !== undefined ? { number: c.number } : {}),
    title: c.title,
    words: [...sigs[i]!.body].sort(),
  }));
  const retired = old.filter((_, i) => !usedOld.has(i)).map((e): ImportMapEntry => ({ ...e, retired: true }));
  const map: ImportMap = { version: 1, track, questions: [...current, ...retired] };
  return { assignments, map };
}
