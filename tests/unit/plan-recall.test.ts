import { expect, test } from "vitest";
import { recallAt, recallBySection } from "@/lib/plan/recall";

const reviewed = "2026-05-01T10:00:00.000Z";
const daysAfter = (n: number) => new Date(Date.parse(reviewed) + n * 86_400_000);

test("recall is 90% when the days since the review equal the stability", () => {
  expect(recallAt({ stability: 10, lastReview: reviewed }, daysAfter(10))).toBeCloseTo(0.9, 3);
});

test("recall falls as the interview moves further from the last review", () => {
  const card = { stability: 5, lastReview: reviewed };
  expect(recallAt(card, daysAfter(20))).toBeLessThan(recallAt(card, daysAfter(5)));
});

test("a card never practised counts as not recalled", () => {
  expect(recallAt(undefined, daysAfter(1))).toBe(0);
});

test("section recall is the mean over its cards, with unseen cards counted", () => {
  const [section] = recallBySection(
    [{ slug: "streams", ids: ["a", "b"] }],
    { a: { stability: 10, lastReview: reviewed } },
    daysAfter(10),
  );
  expect(section?.unseen).toBe(1);
  expect(section?.recall).toBeCloseTo(0.45, 3);
});
