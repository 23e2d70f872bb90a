import { getTracks } from "@/lib/content/server";
import { buildDeck } from "@/lib/deck/server";

export const dynamic = "force-static";

/** Written to out/practice/deck.json at build time and fetched when practice starts. */
export async function GET() {
  return Response.json(buildDeck(await getTracks()));
}
