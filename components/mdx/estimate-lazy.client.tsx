"use client";

import { lazy, type ComponentProps } from "react";
import type { EstimateIsland } from "./estimate-island.client";

const Island = lazy(() => import("./estimate-island.client").then((m) => ({ default: m.EstimateIsland })));

/**
 * The estimate island in a chunk of its own: every question page shares one set of scripts, so a
 * plain import would ship the island to pages without an estimate. The static export renders it in
 * full; the browser fetches the chunk only on a page that has a block. Not next/dynamic: its preload
 * link is a parser-inserted script load that the pages' hash-based CSP refuses. No Suspense
 * boundary either: one would stream the block with inline scripts the CSP does not allow, where
 * without it the export waits for the island and the page hydrates once its chunk has arrived.
 */
export function LazyEstimate(props: ComponentProps<typeof EstimateIsland>) {
  return <Island {...props} />;
}
