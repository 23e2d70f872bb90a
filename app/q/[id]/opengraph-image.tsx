import { ImageResponse } from "next/og";
import { getAllQuestions, getQuestionInPlace } from "@/lib/content/server";
import { cachedImage } from "@/lib/social-image/server";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "Followup interview question";
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getAllQuestions()).map((q) => ({ id: q.id }));
}

const tone = { foundation: "#116329", intermediate: "#8a4b00", advanced: "#b42318" } as const;

/**
 * A clean card per question, rendered at build time: title, section and difficulty. A card whose
 * inputs are unchanged since the last build is read back from the image cache instead of redrawn.
 */
export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // Only generated for ids from getAllQuestions, so the lookups cannot miss.
  const { track, section, question } = (await getQuestionInPlace(id))!;
  const values = [track.title, section.title, question.title, question.difficulty];
  return cachedImage(
    { drawing: "app/q/[id]/opengraph-image.tsx", values },
    contentType,
    () =>
      new ImageResponse(
        <div
          style={{
            width: "100%",
            height: "100%",
            display: "flex",
            flexDirection: "column",
            justifyContent: "space-between",
            padding: 72,
            background: "#ffffff",
            borderTop: "18px solid #4f46e5",
            fontFamily: "sans-serif",
          }}
        >
          <div style={{ display: "flex", fontSize: 30, color: "#5a5a66" }}>
            {track.title} · {section.title}
          </div>
          <div
            style={{
              display: "flex",
              fontSize: question.title.length > 70 ? 54 : 64,
              fontWeight: 700,
              color: "#17171c",
              lineHeight: 1.15,
            }}
          >
            {question.title}
          </div>
          <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center", fontSize: 30 }}>
            <div
              style={{
                display: "flex",
                color: "#fff",
                background: tone[question.difficulty],
                borderRadius: 999,
                padding: "8px 24px",
              }}
            >
              {question.difficulty}
            </div>
            <div style={{ display: "flex", color: "#4f46e5", fontWeight: 700 }}>Followup · interview prep</div>
          </div>
        </div>,
        size,
      ),
  );
}
