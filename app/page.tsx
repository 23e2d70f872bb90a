import { HomePlanToday } from "@/components/plan/home-plan-today.client";
import { DueToday } from "@/components/progress/due-today.client";
import { TrackProgress } from "@/components/progress/track-progress.client";
import { SectionGrid, trackSize, TrackProgressLine } from "@/components/track";
import { getTracks } from "@/lib/content/server";
import { trackPath } from "@/lib/site";

export default async function HomePage() {
  const tracks = await getTracks();
  return (
    <>
      <section className="hero">
        <h1>Backend interview questions, with the follow-ups that come next</h1>
        <p className="lede">
          Answers come with what the interviewer is really testing, the answer that raises a red flag, and the ladder of
          follow-up questions an interviewer climbs next.
        </p>
        <DueToday planToday={<HomePlanToday />} />
      </section>
      {tracks.map((track) => (
        <section key={track.slug} className="track-overview" aria-labelledby={`track-${track.slug}`}>
          <h2 id={`track-${track.slug}`}>
            <a href={trackPath(track.slug)}>{track.title}</a>
          </h2>
          <p>{track.summary}</p>
          <p className="hero-stats">{trackSize(track)}</p>
          <TrackProgressLine track={track} />
          <SectionGrid track={track} label={`Sections of ${track.title}`} />
        </section>
      ))}
      <TrackProgress />
    </>
  );
}
