import type { Metadata } from "next";
import { ProgressDashboard } from "@/components/progress/progress-dashboard";

export const metadata: Metadata = {
  title: "Your progress",
  description: "Mastery by section, streak, cards due this week, and export or import of your practice data.",
  alternates: { canonical: "/progress" },
};

export default function ProgressPage() {
  return (
    <>
      <h1>Your progress</h1>
      <noscript>
        <p className="notice">Progress is stored in your browser and needs JavaScript to show.</p>
      </noscript>
      {/* Reserves the island's space so nothing below jumps when it renders. */}
      <div className="app-island">
        <ProgressDashboard />
      </div>
    </>
  );
}
