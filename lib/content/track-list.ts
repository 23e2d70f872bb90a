import "server-only";
import type { TrackOption } from "@/lib/url/client";
import { getTracks } from "./load";

/** The tracks a page's picker offers, in the bank's order. */
export async function listTracks(): Promise<TrackOption[]> {
  return (await getTracks()).map(({ slug, title }) => ({ slug, title }));
}
