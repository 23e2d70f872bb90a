import { expect, test } from "vitest";
import { reviewLogCsv } from "@/lib/progress/review-csv";
import { emptyProgress } from "@/lib/progress/schema";

test("the review log exports as fsrs-optimizer CSV, oldest first, without undone reviews", () => {
  const progress = {
    ...emptyProgress(),
    log: [
      { card: "timers#1", time: 2000, rating: 1, state: 2, duration: 9000 },
      { card: "timers", time: 1000, rating: 3, state: 0, duration: 30000 },
      { card: "timers", time: 1500, rating: 4, state: 1, undone: true as const },
      { card: "streams", time: 3000, rating: 2, state: 0 },
    ],
  };
  expect(reviewLogCsv(progress)).toBe(
    [
      "card_id,review_time,review_rating,review_state,review_duration",
      "timers,1000,3,0,30000",
      "timers#1,2000,1,2,9000",
      "streams,3000,2,0,0",
      "",
    ].join("\n"),
  );
});
