import { readFileSync } from "node:fs";
import path from "node:path";
import { multiTrack } from "@/lib/tooling/multi-track";

/**
 * What the one test build every spec runs against holds (npm run build:tracks): the Node.js track,
 * the fixture tracks and an imported page. Specs about one track name it and count from here.
 */
const catalog = JSON.parse(readFileSync(path.join(multiTrack.outDir, "questions", "catalog.json"), "utf8")) as {
  track: string;
}[];

/** Every question of every track: the total that /questions counts against. */
export const allQuestions = catalog.length;

/** The questions of one track. */
export const questionsOf = (track: string) => catalog.filter((q) => q.track === track).length;
