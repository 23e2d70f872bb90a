/**
 * Defence in depth for prerendered diagrams. Mermaid already runs with securityLevel "strict", and
 * the SVG is shown through `<img>`, where scripts never run; this still strips anything active so
 * a hostile label cannot smuggle markup into the committed cache.
 */
export function sanitizeSvg(svg: string): string {
  return svg
    .replace(/<script[\s\S]*?<\/script>/gi, "")
    .replace(/<foreignObject[\s\S]*?<\/foreignObject>/gi, "")
    .replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, "")
    .replace(/\s+(?:xlink:)?href\s*=\s*("\s*javascript:[^"]*"|'\s*javascript:[^']*')/gi, "")
    .replace(/javascript:/gi, "");
}
