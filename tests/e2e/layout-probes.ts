import type { Page } from "@playwright/test";

/** Opens every accordion, follow-up and deep dive, so hidden answers, code and diagrams are laid out too. */
export async function openAllDetails(page: Page) {
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
}

/**
 * Everything that reaches past the right edge of the viewport, as `tag.class: text`, plus the
 * document's own overflow. Elements inside a box that scrolls or clips sideways (a code block, a
 * diagram figure) are that box's business, not the page's.
 */
export async function rightEdgeOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const problems: string[] = [];
    if (root.scrollWidth > width) problems.push(`document: scrollWidth ${root.scrollWidth} > ${width}`);
    const insideScroller = (el: Node) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== "visible") return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll("*")) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.right <= width + 0.5 || insideScroller(el)) continue;
      const name = `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(" ").join(".")}` : ""}`;
      problems.push(`${name}: right edge ${Math.round(box.right)} > ${width}: ${el.textContent?.trim().slice(0, 40)}`);
    }
    // A long word in plain text widens the page without any element's box showing it.
    const words = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = words.nextNode(); node; node = words.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent === document.body || insideScroller(node)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 0.5) continue;
      problems.push(
        `text in ${parent.tagName.toLowerCase()}: right edge ${Math.round(box.right)} > ${width}: ${node.textContent?.trim().slice(0, 40)}`,
      );
    }
    return problems.slice(0, 20);
  });
}

/**
 * Every visible control that fails WCAG 2.5.8 (target size, minimum), as `name WxH`: smaller than
 * `min` px in either direction and without the spacing the criterion allows instead (a circle of
 * `min` px centred on it touches no other target and no other small target's circle). A checkbox
 * or radio counts with its label, which takes the same tap; links inside a sentence are exempt.
 */
export async function smallTapTargets(page: Page, min = 24): Promise<string[]> {
  return page.evaluate((min) => {
    const selector = "a[href], button, input:not([type=hidden]), select, textarea, summary, [role=option]";
    const inSentence = (el: Element) => {
      if (el.tagName !== "A" || getComputedStyle(el).display !== "inline") return false;
      const block = el.closest("p, li, dd, td, figcaption");
      const around = (block?.textContent?.trim().length ?? 0) - (el.textContent?.trim().length ?? 0);
      return around > 3;
    };
    const targets = [...document.querySelectorAll(selector)].flatMap((el) => {
      const hidden = !(el as HTMLElement).checkVisibility() || el.closest(".visually-hidden, .skip-link");
      if (hidden || inSentence(el)) return [];
      const target = el.matches("input[type=checkbox], input[type=radio]") ? (el.closest("label") ?? el) : el;
      const box = target.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return [];
      const name = (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 30) || el.tagName;
      const small = box.width < min - 0.5 || box.height < min - 0.5;
      return [{ el: target, box, name, small, x: box.x + box.width / 2, y: box.y + box.height / 2 }];
    });
    const distanceToBox = (x: number, y: number, b: DOMRect) =>
      Math.hypot(Math.max(b.left - x, 0, x - b.right), Math.max(b.top - y, 0, y - b.bottom));
    return targets
      .filter((t) => t.small)
      .filter((t) =>
        targets.some(
          (o) =>
            o.el !== t.el &&
            !o.el.contains(t.el) &&
            !t.el.contains(o.el) &&
            (distanceToBox(t.x, t.y, o.box) < min / 2 || (o.small && Math.hypot(t.x - o.x, t.y - o.y) < min)),
        ),
      )
      .map((t) => `${t.el.tagName.toLowerCase()} "${t.name}" ${Math.round(t.box.width)}x${Math.round(t.box.height)}`);
  }, min);
}
