import type { Metadata } from "next";
import { CopyStatus } from "@/components/mdx";
import { MockApp } from "@/components/mock/mock-app.client";
import { TrackPicker } from "@/components/track";
import { listTracks } from "@/lib/content/server";

export const metadata: Metadata = {
  title: "Mock interview",
  description: "A timed solo mock interview with follow-ups, two honest clocks and a report worth reading.",
  alternates: { canonical: "/mock" },
};

export default async function MockPage() {
  return (
    <>
      <h1>Mock interview</h1>
      <p className="lede">
        A timed rehearsal: one question at a time, the interviewer’s follow-ups as the clock runs, then a report you
        grade against each question’s rubric.
      </p>
      <TrackPicker tracks={await listTracks()} path="/mock" />
      <noscript>
        <p className="notice">
          The mock interview needs JavaScript for its clocks. Every question can still be read from the home page.
        </p>
      </noscript>
      {/* Reserves the island's space so nothing below jumps when it renders. */}
      <div className="app-island">
        <MockApp />
      </div>
      {/* Where the model answer's copy buttons announce their result. */}
      <CopyStatus />
    </>
  );
}
