import type { TrackOption } from "@/lib/url/client";

/**
 * Links to the page for each track and for all of them, drawn by the server so they work without
 * script. With one track there is nothing to pick, so nothing is drawn. The page is static and
 * cannot know the query; the island marks the chosen link (components/track/mark-track-links.ts).
 */
export function TrackPicker({ tracks, path }: { tracks: TrackOption[]; path: string }) {
  if (tracks.length < 2) return null;
  const links = [{ slug: "", title: "All tracks" }, ...tracks];
  return (
    <nav className="track-picker" aria-label="Track">
      <ul>
        {links.map((t) => (
          <li key={t.slug}>
            <a className="chip" href={t.slug ? `${path}?track=${t.slug}` : path} data-track-link={t.slug}>
              {t.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
