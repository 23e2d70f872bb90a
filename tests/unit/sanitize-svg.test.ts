import { expect, test } from "vitest";
import { sanitizeSvg } from "@/lib/diagrams/sanitize-svg";

test("script elements are removed", () => {
  expect(sanitizeSvg("<svg><script>alert(1)</script><g/></svg>")).toBe("<svg><g/></svg>");
});

test("event handler attributes are removed", () => {
  expect(sanitizeSvg('<svg><image onerror="alert(1)" href="x.png"/></svg>')).toBe('<svg><image href="x.png"/></svg>');
});

test("javascript: links are removed", () => {
  expect(sanitizeSvg('<svg><a href="javascript:alert(1)"><text>x</text></a></svg>')).not.toMatch(/javascript:/i);
});

test("foreignObject, which could hold HTML, is removed", () => {
  expect(sanitizeSvg("<svg><foreignObject><div>html</div></foreignObject></svg>")).toBe("<svg></svg>");
});
