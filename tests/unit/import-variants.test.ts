import matter from "gray-matter";
import { expect, test } from "vitest";
import { importFixturePage, questionFile } from "./import-helpers";

const frontmatterOf = (text: string) => matter(text, {}).data;
const bodyOf = (text: string) => matter(text, {}).content;

test("numbered accordions under ## headings become sections, with numbering removed from titles", () => {
  const result = importFixturePage("accordion-numbered/page.mdx");
  expect(result.format).toBe("accordion-mdx");
  expect(result.track.title).toBe("Backend Basics Practice");
  expect(result.track.sections.map((s) => [s.slug, s.title])).toEqual([
    ["foundations", "Foundations"],
    ["operations", "Operations"],
  ]);
  expect(result.questions.map((q) => [q.section, q.number, q.title])).toEqual([
    ["foundations", 1, "Why does a slow synchronous loop hurt every request on the server?"],
    ["foundations", 2, "What does a connection pool protect you from?"],
    ["foundations", 4, "How do you choose a time to live for cached entries?"],
    ["operations", 1, "What belongs in a readiness check, and what does not?"],
  ]);
});

test("a jump in numbering is a warning with its line; a restart in a new section is not", () => {
  const result = importFixturePage("accordion-numbered/page.mdx");
  expect(result.warnings).toEqual([{ line: 39, message: "numbering jumps from 2 to 4" }]);
});

test("answer, intent list, red flag and quoted follow-ups land in their fields", () => {
  const { text, report } = questionFile(
    importFixturePage("accordion-numbered/page.mdx"),
    "Why does a slow synchronous loop hurt every request on the server?",
  );
  const fm = frontmatterOf(text);
  expect(fm.status).toBe("imported");
  expect(fm.interviewerIntent).toEqual([
    "Whether you link one blocked thread to the latency of unrelated requests",
    "Whether you know how to move heavy work off that thread",
  ]);
  expect(fm.redFlag).toBe(
    '"The loop only slows down the request that started it, the others are handled in parallel anyway."',
  );
  expect(fm.followUps).toEqual([
    { question: "How would you spot a blocked thread in production metrics?" },
    { question: "When is a worker thread better than a child process?" },
  ]);
  expect(bodyOf(text).trim()).toMatch(/^A server process that runs one JavaScript thread/);
  expect(report.missing).toEqual(["follow-up answers"]);
});

test("a question without a red flag says so in the report and writes no redFlag", () => {
  const { text, report } = questionFile(
    importFixturePage("accordion-numbered/page.mdx"),
    "How do you choose a time to live for cached entries?",
  );
  expect(frontmatterOf(text)).not.toHaveProperty("redFlag");
  expect(report.missing).toEqual(["red flag", "follow-up answers"]);
});

test("Q1:, S1. and Scenario N: prefixes and curly quotes in the attribute give clean titles", () => {
  const result = importFixturePage("unnumbered-titles/page.mdx");
  expect(result.questions.map((q) => q.title)).toEqual([
    "What is idempotency, and why do payment APIs care?",
    "A nightly report job now takes six hours instead of one. Where do you start?",
    "Users report “random” logouts after a deploy",
    "Why is “works on my machine” a smell in a build?",
  ]);
  expect(result.questions.map((q) => q.number)).toEqual([1, 1, 3, 2]);
  expect(result.warnings).toEqual([]);
});

test("**Answer**:, a missing answer label and intent placed before the answer are all read", () => {
  const result = importFixturePage("answer-labels/page.mdx");
  const [first, second, third] = result.questions.map((q) => frontmatterOf(result.files.get(q.file)!));
  expect(bodyOf(result.files.get(result.questions[0]!.file)!)).toMatch(/^\s*Every insert and update/);
  expect(first!.redFlag).toBe("Saying that adding an index can never make anything slower.");
  expect(second!.interviewerIntent).toEqual(["Whether you know a lookup can skip the table entirely"]);
  expect(bodyOf(result.files.get(result.questions[1]!.file)!).trim()).toMatch(/^An index covers a query/);
  expect(second!.redFlag).toBe("Believing that a covering index is a special kind of table.");
  expect(third!.interviewerIntent).toEqual([
    "Reading a plan before blaming the database.",
    "Knowing that statistics can be stale.",
  ]);
  expect(result.questions[2]!.found).toContain("answer");
  expect(result.questions[2]!.found).not.toContain("answer label");
});

test("follow-up label variants, with and without inline answers", () => {
  const result = importFixturePage("follow-up-variants/page.mdx");
  const followUps = result.questions.map((q) => frontmatterOf(result.files.get(q.file)!).followUps);
  expect(followUps[0]).toEqual([
    { question: "What happens to messages when the consumer is down for an hour?" },
    { question: "How do you keep the queue from growing without limit?" },
  ]);
  expect(followUps[1]).toEqual([
    {
      question: "How do you store processed ids cheaply?",
      answer: "Keep them in a table with a unique key and an expiry that outlives the broker's redelivery window.",
    },
    {
      question: "What if the handler crashes after the side effect but before the acknowledgement?",
      answer: "The message comes back, and the stored id lets the second run skip the side effect.",
    },
  ]);
  expect(followUps[2]).toEqual([
    {
      question: "What breaks if you add partitions later?",
      answer:
        "The mapping from customer to partition changes, so for a while old and new messages of one customer can be read out of order.",
    },
    {
      question: "How would you migrate safely?",
      answer: "Drain the old partitions before producers switch to the new mapping.",
    },
  ]);
  expect(followUps[3]).toEqual([
    {
      question: "Who should look at the dead-letter queue?",
      answer: "The team that owns the consumer, with an alert when it is not empty.",
    },
    {
      question: "What do you do with the messages once the bug is fixed?",
      answer: "Replay them into the main queue with a tool that keeps their original ids.",
    },
    { question: "Would you ever delete dead letters without reading them?" },
  ]);
  expect(result.questions.map((q) => q.followUps)).toEqual([
    { total: 2, answered: 0 },
    { total: 2, answered: 2 },
    { total: 2, answered: 2 },
    { total: 3, answered: 2 },
  ]);
});

test("a structured answer template stays in the body under its own heading", () => {
  const { text, report } = questionFile(
    importFixturePage("template-callouts/page.mdx"),
    "How would you explain a retry policy to a new team member?",
  );
  expect(bodyOf(text)).toContain("### Structured answer template\n\n1. Say which errors are worth retrying.");
  expect(report.found).toContain("template");
  expect(frontmatterOf(text).redFlag).toBe('"Retry everything five times immediately, the network is unreliable."');
});

test("Note, Tip and Info become our Note; Warning becomes Pitfall; a Tip title becomes bold text", () => {
  const result = importFixturePage("template-callouts/page.mdx");
  const first = bodyOf(result.files.get(result.questions[0]!.file)!);
  const second = bodyOf(result.files.get(result.questions[1]!.file)!);
  expect(first).toContain("<Note>\n  Retries multiply load on a service that is already struggling.\n</Note>");
  expect(first).toContain(
    "<Note>\n  **Budget**\n\n  Cap retries per request and per client, not only per call.\n</Note>",
  );
  expect(second).toContain("<Note>\n  The half-open state lets a few trial calls through to test recovery.\n</Note>");
  expect(second).toContain(
    "<Pitfall>\n  A breaker shared by all tenants lets one noisy tenant trip it for everyone.\n</Pitfall>",
  );
  expect(result.questions[1]!.removed.map((r) => r.text)).toContain("<Warning> shown as <Pitfall>");
});

test("a guide before the accordions is skipped and reported; # lines in a bash fence are not headings", () => {
  const result = importFixturePage("guide-and-code/page.mdx");
  expect(result.skipped).toEqual([{ from: 5, to: 20, words: 68 }]);
  expect(result.track.sections.map((s) => s.title)).toEqual(["Questions"]);
  expect(result.track.title).toBe("Shell and Rendering Notes");
});

test("a code-example accordion is appended to the question before it, not made a question", () => {
  const result = importFixturePage("guide-and-code/page.mdx");
  expect(result.questions.map((q) => q.title)).toEqual([
    "Why stream a large file instead of reading it whole?",
    "What does backpressure mean for a writer?",
  ]);
  const body = bodyOf(result.files.get(result.questions[0]!.file)!);
  expect(body).toContain(
    '### Example: piping a file to a response\n\n```js\nimport { createReadStream } from "node:fs";',
  );
  expect(result.questions[0]!.attached).toEqual([40]);
});

test("mermaid gets alt text, JSX-like inline code stays, braces in prose are escaped, other languages stay highlighted", () => {
  const result = importFixturePage("guide-and-code/page.mdx");
  const first = bodyOf(result.files.get(result.questions[0]!.file)!);
  const second = bodyOf(result.files.get(result.questions[1]!.file)!);
  expect(first).toContain(
    '```mermaid alt="Diagram for: Why stream a large file instead of reading it whole?"\nflowchart LR',
  );
  expect(first).toContain("wrap the slow part in `<Suspense>` so");
  expect(first).toContain("```bash\n# count lines without loading the file\nwc -l big.log\n```");
  expect(second).toContain("Values like \\{limit\\} in a template");
  expect(second).toContain("```python\n# python also has a way to stream");
  expect(result.questions[1]!.warnings).toEqual([]);
});

test("the Markdown export: indented bodies, * bullets, theme={null} and escapes", () => {
  const result = importFixturePage("markdown-export/page.md");
  expect(result.format).toBe("markdown-export");
  expect(result.track.sections.map((s) => s.title)).toEqual(["Caching & Storage"]);
  const { text, report } = questionFile(result, "What is cache stampede and how do you prevent it?");
  const body = bodyOf(text);
  expect(body).toContain("- **Single flight**: let one request rebuild");
  expect(body).toContain("```js\nconst inFlight = new Map();");
  expect(body).not.toContain("theme");
  expect(report.removed).toContainEqual({ line: 16, text: "theme={null}" });
  expect(frontmatterOf(text).interviewerIntent).toEqual([
    "Whether you see the thundering herd behind an expiry.",
    "Whether the fix keeps the origin safe.",
  ]);
  const second = bodyOf(questionFile(result, "Where should the cache key come from?").text);
  expect(second).toContain("the user_id and");
  expect(second).toContain("\\<tenant>:\\<id>");
});

test("plain Markdown: ## sections and ### questions, with #### kept inside the answer", () => {
  const result = importFixturePage("plain-markdown/page.md");
  expect(result.format).toBe("plain-markdown");
  expect(result.questions.map((q) => [q.section, q.title])).toEqual([
    ["logging", "What makes a log line useful at three in the morning?"],
    ["logging", "Why should logs never contain secrets?"],
    ["tracing", "What does a trace id connect?"],
  ]);
  const { text } = questionFile(result, "What does a trace id connect?");
  expect(bodyOf(text)).toContain("#### A sub-heading inside the answer");
  expect(
    frontmatterOf(questionFile(result, "What makes a log line useful at three in the morning?").text).redFlag,
  ).toBe('"Print everything with console output and grep later."');
});
