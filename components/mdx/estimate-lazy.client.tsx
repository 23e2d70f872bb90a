"use client";

import dynamic from "next/dynamic";

/**
 * The estimate island in a chunk of its own: every question page shares one set of scripts, so a
 * plain import would ship the island to pages without an estimate. Rendered on the server as usual;
 * the browser fetches the chunk only for a page that renders a block.
 */
export const LazyEstimate = dynamic(() => import("./estimate-island.client").then((m) => m.EstimateIsland));
