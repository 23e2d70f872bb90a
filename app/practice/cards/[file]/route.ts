import { getAllQuestions, getQuestion } from "@/lib/content/server";
import { buildCardDetails } from "@/lib/deck/server";

export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getAllQuestions()).map((q) => ({ file: `${q.id}.json` }));
}

/** Written to out/practice/cards/<id>.json at build time; fetched when a card is shown. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const question = await getQuestion(file.replace(/\.json$/, ""));
  if (!question) return new Response("Not found", { status: 404 });
  return Response.json(buildCardDetails(question));
}
