import { catalogJsonPath, type CatalogEntry } from "@/lib/search";
import { useStaticJson } from "@/components/shared/client";

/** The catalog of every question, fetched once and only when `wanted` first becomes true. */
export function useCatalog(wanted: boolean): { catalog: CatalogEntry[] | null; error: string | null } {
  const { data, error } = useStaticJson<CatalogEntry[]>(catalogJsonPath, wanted);
  return { catalog: data, error: error === null ? null : `The question list could not be loaded (${error}).` };
}
