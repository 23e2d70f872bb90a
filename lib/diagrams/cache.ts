import "server-only";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { installedVersion } from "@/lib/installed-packages";

/**
 * Diagrams are rendered to SVG ahead of time (`npm run diagrams`, which needs Chromium) and
 * committed, so a production build needs no browser. Files are keyed by a hash of the source and
 * of everything that changes the drawing: the installed mermaid version, and `renderSettings`,
 * which is bumped when the render settings in render.ts change.
 */
const renderSettings = "r3";
export const renderVersionFor = (mermaidVersion: string) => `mermaid-${mermaidVersion}/${renderSettings}`;
let renderVersion: string | undefined;
export const diagramThemes = ["light", "dark"] as const;
export type DiagramTheme = (typeof diagramThemes)[number];

/** The committed cache; tests point FOLLOWUP_DIAGRAM_DIR elsewhere to stay out of it. */
export const diagramDir = () => process.env.FOLLOWUP_DIAGRAM_DIR ?? path.join(process.cwd(), "public", "diagrams");

/** Same source and same renderer, same name; a new mermaid release renames every diagram. */
export function diagramHash(source: string, mermaidVersion?: string): string {
  const version = mermaidVersion
    ? renderVersionFor(mermaidVersion)
    : (renderVersion ??= renderVersionFor(installedVersion("mermaid")));
  return createHash("sha256").update(`${version}\n${source.trim()}\n`).digest("hex").slice(0, 16);
}

export function diagramFile(hash: string, theme: DiagramTheme): string {
  return path.join(diagramDir(), `${hash}-${theme}.svg`);
}

export function diagramUrl(hash: string, theme: DiagramTheme): string {
  return `/diagrams/${hash}-${theme}.svg`;
}

export function isDiagramCached(hash: string): boolean {
  return diagramThemes.every((theme) => existsSync(diagramFile(hash, theme)));
}

/** Intrinsic size from the SVG's viewBox, so the page reserves the space and nothing shifts. */
export function cachedDiagramSize(hash: string): { width: number; height: number } {
  const svg = readFileSync(diagramFile(hash, "light"), "utf8");
  const box = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!box) return { width: 800, height: 400 };
  return { width: Math.round(Number(box[1])), height: Math.round(Number(box[2])) };
}
