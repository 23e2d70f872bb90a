import type { Progress } from "./schema";

/** Merges two progress records card by card; the card changed most recently wins. */
export function mergeProgress(base: Progress, incoming: Progress): Progress {
  const cards = { ...base.cards };
  for (const [key, card] of Object.entries(incoming.cards)) {
    const current = cards[key];
    if (!current || Date.parse(card.updatedAt) > Date.parse(current.updatedAt)) cards[key] = card;
  }
  const days = { ...base.days };
  for (const [day, n] of Object.entries(incoming.days)) days[day] = Math.max(days[day] ?? 0, n);
  return { ...base, cards, days };
}
