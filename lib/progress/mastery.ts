import "client-only";
import { lightStatus } from "./light-read";
import { cardKey, type Progress } from "./schema";

export type MasteryLevel = ReturnType<typeof lightStatus>;

export const masteryOf = (progress: Progress, questionId: string): MasteryLevel =>
  lightStatus(progress.cards[cardKey(questionId)]);

export function sectionMastery(progress: Progress, questionIds: string[]): Record<MasteryLevel, number> {
  const counts: Record<MasteryLevel, number> = { new: 0, learning: 0, mastered: 0 };
  for (const id of questionIds) counts[masteryOf(progress, id)] += 1;
  return counts;
}
