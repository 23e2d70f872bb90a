import type { Metadata } from "next";
import { ProgressDashboard } from "@/components/progress/progress-dashboard.client";
import { TrackPicker } from "@/components/track";
import { getTracks, listTracks } from "@/lib/content/server";
import { buildOutline } from "@/lib/deck/server";

export const metadata: Metadata = {
  title: "Your progress",
  description: "Mastery by section, streak, cards due this week, and export or import of your practice data.",
  alternates: { canonical: "/progress" },
};

export default async function ProgressPage() {
  // The dashboard's outline comes with the page, so it renders without waiting for a fetch.
  const outline = buildOutline(await getTracks());
  return (
    <>
      <h1>Your progress</h1>
      <p className="lede">
        Mastery by section, your streak and what falls due this week. Your practice record lives only in this browser,
        so export it now and then to keep a copy or move it to another device.
      </p>
      <TrackPicker tracks={await listTracks()} path="/progress" />
      <noscript>
        <p className="notice">Progress is stored in your browser and needs JavaScript to show.</p>
      </noscript>
      {/* Reserves the island's space so nothing below jumps when it renders. */}
      <div className="app-island">
        <ProgressDashboard outline={outline} />
      </div>
    </>
  );
}
