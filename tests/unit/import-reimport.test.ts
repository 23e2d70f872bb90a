import { expect, test } from "vitest";
import { assignIds } from "@/lib/import/import-map";
import { importFixturePage } from "./import-helpers";

const first = importFixturePage("reimport/v1.mdx");
const second = importFixturePage("reimport/v2.mdx", first);
const idOf = (result: typeof first, title: string) => result.questions.find((q) => q.title === title)!.id;

test("a first import derives new ids from titles, prefixed with the track", () => {
  expect(first.questions.map((q) => q.id)).toEqual([
    "demo-event-loop-block-loophole",
    "demo-connection-pool-sizing",
    "demo-rate-limiting-basics",
    "demo-log-levels",
  ]);
});

test("a renamed question keeps its id: Event Loop Block Loophole -> Event Loop Blocking Pitfalls", () => {
  expect(idOf(second, "Event Loop Blocking Pitfalls")).toBe("demo-event-loop-block-loophole");
});

test("reordered and renamed questions keep their ids", () => {
  expect(idOf(second, "Rate Limiting with Token Buckets")).toBe("demo-rate-limiting-basics");
  expect(idOf(second, "Sizing a Connection Pool")).toBe("demo-connection-pool-sizing");
});

test("an added question gets a new id and the removed one is retired, not reused", () => {
  expect(idOf(second, "Graceful Shutdown")).toBe("demo-graceful-shutdown");
  expect(second.map.questions.filter((e) => e.retired).map((e) => e.id)).toEqual(["demo-log-levels"]);
  expect(second.questions.map((q) => q.how.kind)).toEqual(["kept", "kept", "new", "kept"]);
});

test("the report names the previous title of a renamed question", () => {
  expect(second.report).toContain('demo-event-loop-block-loophole (kept id, was "Event Loop Block Loophole")');
});

test("importing the same page again changes no id", () => {
  const again = importFixturePage("reimport/v2.mdx", second);
  expect(again.questions.map((q) => q.id)).toEqual(second.questions.map((q) => q.id));
});

test("a new question whose title-derived id was retired gets a suffixed id, not the old question's", () => {
  const previous = {
    version: 1 as const,
    track: "demo",
    questions: [
      {
        id: "demo-log-levels",
        section: "s",
        title: "Log Levels",
        words: ["error", "warn", "info", "debug", "human"],
        retired: true,
      },
    ],
  };
  const { assignments } = assignIds(
    "demo",
    [
      {
        section: "s",
        title: "Log Levels",
        bodyText: "Completely different text about structured fields and sampling.",
      },
    ],
    previous,
  );
  expect(assignments[0]!.id).toBe("demo-log-levels-2");
});
