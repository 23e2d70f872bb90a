import { codeLabel } from "./code-labels";
import "./code-copy.css";

/**
 * A highlighted code fence. remark-code-blocks renders the tokens to HTML at build time; passing
 * that HTML as one string keeps the page's React payload small and hydration from walking every
 * token. The HTML is ours (escaped text and role classes), never author markup.
 *
 * The caption names the file (a fence's `title`) or else the language. The copy button is in the
 * HTML but hidden by CSS until a copy handler is on the page (CodeCopy, or the model answer in
 * practice and the mock report), so it never shows where it could not work.
 */
export function CodeBlock({ lang, html, title, runs }: { lang: string; html: string; title?: string; runs?: boolean }) {
  return (
    <figure className="code-block" data-lang={lang}>
      <figcaption className="code-caption">
        {title ? <span className="code-title">{title}</span> : <span className="code-lang">{codeLabel(lang)}</span>}
        {runs ? <span className="code-badge">runs as shown; output checked by our tests</span> : null}
      </figcaption>
      <button type="button" className="code-copy" data-code-copy="">
        Copy<span className="visually-hidden"> code{title ? ` of ${title}` : ""}</span>
      </button>
      {/* tabIndex lets keyboard users scroll a wide block. */}
      <pre className="shiki" tabIndex={0}>
        <code dangerouslySetInnerHTML={{ __html: html }} />
      </pre>
    </figure>
  );
}
