import type { Metadata } from "next";
import { CopyStatus } from "@/components/mdx";
import { PracticeApp } from "@/components/practice/practice-app.client";
import { TrackPicker } from "@/components/track";
import { getTracks, listTracks } from "@/lib/content/server";
import { mergedTags, tagsByTitle } from "@/lib/content";
import { practiceBookmarksPath } from "@/lib/site";

export const metadata: Metadata = {
  title: "Practice",
  description: "Practise one question and one follow-up at a time, graded and scheduled with spaced repetition.",
  alternates: { canonical: "/practice" },
};

export default async function PracticePage() {
  // The vocabulary comes with the page, not the deck, so the deck stays a list of questions.
  const tags = tagsByTitle(mergedTags(await getTracks()));
  return (
    <>
      <h1>Practice</h1>
      <p className="lede">
        One question at a time, then its follow-ups one by one, the way an interviewer climbs. Grade yourself honestly;
        spaced repetition brings each card back when you are about to forget it.
      </p>
      <TrackPicker tracks={await listTracks()} path="/practice" />
      <p className="scope-links">
        Or practise <a href={practiceBookmarksPath}>the questions you bookmarked</a>.
      </p>
      <noscript>
        <p className="notice">
          Practice mode needs JavaScript. Every question and answer can still be read from the home page.
        </p>
      </noscript>
      {/* Reserves the island's space so nothing below jumps when it renders. */}
      <div className="app-island">
        <PracticeApp tags={tags} />
      </div>
      {/* Where the model answer's copy buttons announce their result. */}
      <CopyStatus />
    </>
  );
}
