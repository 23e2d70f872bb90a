import type { QuestionKind } from "@/lib/content";

/** Marks a design question (a whole design round); a concept question, the usual kind, has no badge. */
export function KindBadge({ kind }: { kind: QuestionKind | undefined }) {
  return kind === "design" ? <span className="badge badge-design">Design round</span> : null;
}
