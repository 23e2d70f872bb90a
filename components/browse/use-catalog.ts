import { useEffect, useState } from "react";
import { catalogJsonPath, type CatalogEntry } from "@/lib/search/catalog";

let pending: Promise<CatalogEntry[]> | undefined;

/** The catalog of every question, fetched once and only when `wanted` first becomes true. */
export function useCatalog(wanted: boolean): { catalog: CatalogEntry[] | null; error: string | null } {
  const [state, setState] = useState<{ catalog: CatalogEntry[] | null; error: string | null }>({
    catalog: null,
    error: null,
  });
  useEffect(() => {
    if (!wanted) return;
    pending ??= fetch(catalogJsonPath).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json() as Promise<CatalogEntry[]>;
    });
    let live = true;
    pending.then(
      (catalog) => live && setState({ catalog, error: null }),
      (error: Error) => {
        pending = undefined;
        if (live) setState({ catalog: null, error: `The question list could not be loaded (${error.message}).` });
      },
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  return state;
}
