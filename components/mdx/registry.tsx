import type { ComponentProps, ReactNode } from "react";
import type { MdxComponentName } from "@/lib/mdx/server";
import { CodeBlock } from "./code-block";
import { Availability, Estimate } from "./estimate-blocks";

function Pitfall({ children }: { children: ReactNode }) {
  return (
    <aside className="callout callout-pitfall" aria-label="Pitfall">
      <p className="callout-label">Pitfall</p>
      {children}
    </aside>
  );
}

function Note({ children }: { children: ReactNode }) {
  return (
    <aside className="callout callout-note" aria-label="Note">
      <p className="callout-label">Note</p>
      {children}
    </aside>
  );
}

/** Built on `<details>` so the browser's find-in-page reaches the collapsed text. */
function DeepDive({ title, children }: { title: string; children: ReactNode }) {
  return (
    <details className="deep-dive">
      <summary>
        <span className="callout-label">Deep dive</span> {title}
      </summary>
      <div className="deep-dive-body">{children}</div>
    </details>
  );
}

/** The one registry of components question bodies may use; lib/mdx/component-names.ts lists the names. */
export const mdxComponents = { Pitfall, Note, DeepDive, Estimate, Availability } satisfies Record<
  MdxComponentName,
  unknown
>;

/**
 * A Markdown table in its own sideways-scrolling box, so a wide table never widens a phone page.
 * The box is focusable and named, so keyboard users can scroll it too.
 */
function Table(props: ComponentProps<"table">) {
  return (
    <div className="table-scroll" role="region" aria-label="Table, scrolls sideways" tabIndex={0}>
      <table {...props} />
    </div>
  );
}

/** Markdown puts header cells only in the first row, so each one heads its column. */
function HeaderCell(props: ComponentProps<"th">) {
  return <th scope="col" {...props} />;
}

/** A task-list box (`- [x]`): read-only, and named so a screen reader says whether it is done. */
function TaskBox(props: ComponentProps<"input">) {
  return <input {...props} aria-label={props.checked ? "Done" : "Not done"} />;
}

/**
 * Authors may use mdxComponents; the build also emits CodeBlock for every highlighted fence, and
 * Markdown tables and task lists render through Table, HeaderCell and TaskBox (content may not
 * write `<input>` itself, so every input here comes from a task list).
 */
export const renderComponents = { ...mdxComponents, CodeBlock, table: Table, th: HeaderCell, input: TaskBox };
