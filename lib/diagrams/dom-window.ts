/**
 * One jsdom window for the Node side of the diagram pipeline. Mermaid (parsing) and our SVG
 * sanitiser both use dompurify, whose default instance only works when a global `window` existed
 * the first time dompurify was imported; so whichever loads first installs this window globally,
 * and both import dompurify only after that.
 */
type DomWindow = import("jsdom").DOMWindow;

let installed: Promise<DomWindow> | undefined;

export function installDomWindow(): Promise<DomWindow> {
  installed ??= (async () => {
    const scope = globalThis as unknown as Record<string, unknown>;
    if (!scope.window) {
      const { JSDOM } = await import("jsdom");
      const dom = new JSDOM("<!doctype html><html><body></body></html>");
      scope.window = dom.window;
      scope.document ??= dom.window.document;
    }
    return scope.window as DomWindow;
  })();
  return installed;
}
