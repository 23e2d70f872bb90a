/**
 * A highlighted code fence. remark-code-blocks renders the tokens to HTML at build time; passing
 * that HTML as one string keeps the page's React payload small and hydration from walking every
 * token. The HTML is ours (escaped text and role classes), never author markup.
 */
export function CodeBlock({ lang, html, title, runs }: { lang: string; html: string; title?: string; runs?: boolean }) {
  return (
    <figure className="code-block" data-lang={lang}>
      {title || runs ? (
        <figcaption className="code-caption">
          {title ? <span className="code-title">{title}</span> : null}
          {runs ? <span className="code-badge">runs as shown; output checked by our tests</span> : null}
        </figcaption>
      ) : null}
      {/* tabIndex lets keyboard users scroll a wide block. */}
      <pre className="shiki" tabIndex={0}>
        <code dangerouslySetInnerHTML={{ __html: html }} />
      </pre>
    </figure>
  );
}
