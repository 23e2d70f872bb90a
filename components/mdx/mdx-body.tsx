import { getMDXComponent } from "mdx-bundler/client";
import { createElement } from "react";
import { renderComponents } from "./registry";
import { sectionHeading } from "./section-heading";

type Body = ReturnType<typeof getMDXComponent>;
const bodies = new Map<string, Body>();

/** One component per compiled answer, built once per process and reused across pages. */
function bodyFor(code: string): Body {
  let body = bodies.get(code);
  if (!body) {
    body = getMDXComponent(code);
    bodies.set(code, body);
  }
  return body;
}

/** Server component: runs the compiled answer at build time; the browser receives only HTML. */
export function MdxBody({ code, questionId }: { code: string; questionId: string }) {
  const components = { ...renderComponents, h3: sectionHeading(questionId) };
  return <div className="prose">{createElement(bodyFor(code), { components })}</div>;
}
