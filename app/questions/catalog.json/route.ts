import { getTracks } from "@/lib/content/server";
import { buildCatalog } from "@/lib/search";

export const dynamic = "force-static";

/** Written to out/questions/catalog.json at build time; fetched when a filter is first chosen. */
export async function GET() {
  return Response.json(buildCatalog(await getTracks()));
}
