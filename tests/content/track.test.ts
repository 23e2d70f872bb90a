import { beforeAll, expect, test } from "vitest";
import { getQuestion, getSection, getTrackBySlug, type LoadedTrack } from "@/lib/content/load";

/** The real track, loaded once for the whole file; a content problem fails here with its message. */
let track: LoadedTrack;
beforeAll(async () => {
  track = (await getTrackBySlug("nodejs"))!;
});

test("every section holds the number of questions its manifest entry declares", () => {
  const actual = Object.fromEntries(track.sections.map((s) => [s.slug, s.questions.length]));
  const declared = Object.fromEntries(track.sections.map((s) => [s.slug, s.questionCount]));
  expect(actual).toEqual(declared);
});

test("every question is found by its id, and every section by its slug", async () => {
  const missing: string[] = [];
  for (const q of track.questions) if ((await getQuestion(q.id)) !== q) missing.push(q.id);
  for (const s of track.sections) if ((await getSection("nodejs", s.slug)) !== s) missing.push(s.slug);
  expect(missing).toEqual([]);
});

/** Topics the reference asks twice: the concept question and its hands-on, production counterpart. */
const conceptAndPractice = [
  ["express-middleware", "middleware-order"],
  ["body-parsing", "body-parsing-in-practice"],
  ["cookies-vs-sessions", "session-management-in-practice"],
  ["error-handling-middleware", "express-error-handling-in-practice"],
  ["cors", "cors-in-production"],
  ["rate-limiting", "rate-limiting-in-practice"],
  ["connection-pooling", "connection-pool-in-practice"],
  ["jwt", "jwt-auth-in-practice"],
  ["file-uploads", "uploads-in-production"],
  ["unit-testing", "testing-patterns"],
  ["environment-variables", "env-config-in-practice"],
  ["logging-practices", "structured-logging"],
  ["pipe-and-backpressure", "manual-backpressure"],
  ["stream-types", "custom-streams"],
  ["cluster-module", "cluster-in-production"],
  ["worker-threads", "worker-pool"],
  ["memory-leak-causes", "memory-leak-workflow"],
  ["profiling", "cpu-profiling"],
  ["websockets", "websocket-server"],
  ["microservice-communication", "service-to-service"],
  ["caching-strategies", "redis-caching-patterns"],
] as const;

test("each concept question and its hands-on counterpart link to each other", () => {
  const byId = new Map(track.questions.map((q) => [q.id, q]));
  const broken = conceptAndPractice.flatMap(([a, b]) => [
    ...(byId.get(a)?.related.includes(b) ? [] : [`${a} -> ${b}`]),
    ...(byId.get(b)?.related.includes(a) ? [] : [`${b} -> ${a}`]),
  ]);
  expect(broken).toEqual([]);
});

test("no question body or field still says TODO", () => {
  const flagged = track.questions
    .filter((q) => /\bTODO\b|\bTBD\b|FIXME/.test(JSON.stringify(q)) || /lorem ipsum/i.test(JSON.stringify(q)))
    .map((q) => q.id);
  expect(flagged).toEqual([]);
});
