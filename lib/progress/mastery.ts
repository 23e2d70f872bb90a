import { cardKey, type Progress } from "./schema";

export type MasteryLevel = "new" | "learning" | "mastered";

/** A question counts as mastered once FSRS expects to remember it for three weeks or more. */
export const masteredStabilityDays = 21;

export function masteryOf(progress: Progress, questionId: string): MasteryLevel {
  const card = progress.cards[cardKey(questionId)];
  if (!card) return "new";
  return card.state === 2 && card.stability >= masteredStabilityDays ? "mastered" : "learning";
}

export function sectionMastery(progress: Progress, questionIds: string[]): Record<MasteryLevel, number> {
  const counts: Record<MasteryLevel, number> = { new: 0, learning: 0, mastered: 0 };
  for (const id of questionIds) counts[masteryOf(progress, id)] += 1;
  return counts;
}
