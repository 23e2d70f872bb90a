import type { Difficulty } from "@/lib/content";

export function DifficultyBadge({ difficulty }: { difficulty: Difficulty }) {
  return <span className={`badge badge-${difficulty}`}>{difficulty}</span>;
}
