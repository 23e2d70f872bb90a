import { expect, test } from "vitest";
import { defaultTrackDir, loadTrack } from "@/lib/content/load";

test("the Node.js track loads with no content problems", async () => {
  await expect(loadTrack(defaultTrackDir())).resolves.toBeDefined();
});

test("every section holds the number of questions its manifest entry declares", async () => {
  const track = await loadTrack(defaultTrackDir());
  const actual = Object.fromEntries(track.sections.map((s) => [s.slug, s.questions.length]));
  const declared = Object.fromEntries(track.sections.map((s) => [s.slug, s.questionCount]));
  expect(actual).toEqual(declared);
});

test("question ids are unique across the track", async () => {
  const ids = (await loadTrack(defaultTrackDir())).questions.map((q) => q.id);
  expect(new Set(ids).size).toBe(ids.length);
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

test("each concept question and its hands-on counterpart link to each other", async () => {
  const byId = new Map((await loadTrack(defaultTrackDir())).questions.map((q) => [q.id, q]));
  const broken = conceptAndPractice.flatMap(([a, b]) => [
    ...(byId.get(a)?.related.includes(b) ? [] : [`${a} -> ${b}`]),
    ...(byId.get(b)?.related.includes(a) ? [] : [`${b} -> ${a}`]),
  ]);
  expect(broken).toEqual([]);
});

test("no question body or field still says TODO", async () => {
  const questions = (await loadTrack(defaultTrackDir())).questions;
  const flagged = questions
    .filter((q) => /\bTODO\b|\bTBD\b|FIXME/.test(JSON.stringify(q)) || /lorem ipsum/i.test(JSON.stringify(q)))
    .map((q) => q.id);
  expect(flagged).toEqual([]);
});
