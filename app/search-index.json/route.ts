import { getTracks } from "@/lib/content/load";
import { buildSearchIndex, searchDocs } from "@/lib/search/build-index";

export const dynamic = "force-static";

/** The MiniSearch index, prebuilt; fetched the first time someone opens search. */
export async function GET() {
  return Response.json(buildSearchIndex(searchDocs(await getTracks())).toJSON());
}
