import { createRequire } from "node:module";
import { chromium, type Browser } from "playwright-core";
import { chromeArgs, chromePath } from "./chromium";
import type { DiagramTheme } from "@/lib/diagrams/server";
import { sanitizeSvg } from "@/lib/diagrams/node";
import { diagramFontFamily, diagramThemeVariables } from "./theme";

const mermaidScript = createRequire(import.meta.url).resolve("mermaid/dist/mermaid.min.js");

/** Renders mermaid sources to sanitised SVG strings in a headless Chromium. */
export async function withDiagramRenderer<T>(
  work: (render: (source: string, theme: DiagramTheme) => Promise<string>) => Promise<T>,
): Promise<T> {
  const browser: Browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs });
  try {
    const page = await browser.newPage();
    await page.setContent("<!doctype html><html><body></body></html>");
    await page.addScriptTag({ path: mermaidScript });
    let counter = 0;
    return await work(async (source, theme) => {
      counter += 1;
      const svg = await page.evaluate(
        async ({ source, themeVariables, fontFamily, id }) => {
          const mermaid = (window as unknown as { mermaid: typeof import("mermaid").default }).mermaid;
          mermaid.initialize({
            startOnLoad: false,
            securityLevel: "strict",
            theme: "base",
            fontFamily,
            // SVG text, not HTML in foreignObject: the sanitiser strips foreignObject.
            htmlLabels: false,
            flowchart: { htmlLabels: false },
            themeVariables,
          });
          const result = await mermaid.render(id, source);
          return result.svg;
        },
        { source, themeVariables: diagramThemeVariables[theme], fontFamily: diagramFontFamily, id: `d${counter}` },
      );
      return sanitizeSvg(svg);
    });
  } finally {
    await browser.close();
  }
}
