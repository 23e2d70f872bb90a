import type { Metadata } from "next";
import { PlanApp } from "@/components/plan/plan-app.client";
import { getTracks } from "@/lib/content/server";
import { buildOutline } from "@/lib/deck/server";

export const metadata: Metadata = {
  title: "Your interview plan",
  description:
    "A day-by-day plan to your interview date: new questions, due reviews, minutes a day and expected recall.",
  alternates: { canonical: "/plan" },
};

export default async function PlanPage() {
  const outline = buildOutline(await getTracks());
  return (
    <>
      <h1>Your interview plan</h1>
      <p className="lede">
        Set your interview date and the plan spreads new questions and reviews over the days left, so that everything
        has been seen and reviewed a few days before it. The plan lives only in this browser.
      </p>
      <noscript>
        <p className="notice">The plan is worked out in your browser and needs JavaScript to show.</p>
      </noscript>
      <div className="app-island">
        <PlanApp outline={outline} />
      </div>
    </>
  );
}
