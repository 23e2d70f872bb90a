import "client-only";
import { openArea } from "@/lib/storage/client";
import { todaySummary } from "./due-count";
import { readCardsLightly } from "./light-read";
import type { Today } from "./today";

// The light reads over this browser's own storage, so the UI never opens a storage area itself.

/** False where the browser refuses site data, so a view can say why it shows nothing. */
export const siteDataReadable = () => openArea("local") !== undefined;
export const browserCards = () => readCardsLightly(openArea("local"));
/** Today's reviews, or "blocked" where site data cannot be read. */
export function browserTodaySummary(today: Today) {
  const area = openArea("local");
  return area ? todaySummary(area, today) : ("blocked" as const);
}
