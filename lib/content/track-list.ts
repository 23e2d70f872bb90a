import "server-only";
import type { TrackOption } from "../url/track-param";
import { getTrack } from "./load";

/**
 * The tracks a page's picker offers. MERGE(h-tracks): a shim over today's single-track loader;
 * swap the body for the multi-track accessor, keeping the return shape.
 */
export async function listTracks(): Promise<TrackOption[]> {
  const { slug, title } = await getTrack();
  return [{ slug, title }];
}
