/** The "· page 2 of 3" after a heading, shown only when there is more than one page. */
export function PageOf({ page, pages }: { page: number; pages: number }) {
  if (pages <= 1) return null;
  return (
    <span className="page-of">
      {" "}
      · page {page} of {pages}
    </span>
  );
}

/** Previous and next links between the pages of one list; nothing when there is one page. */
export function PagePager({
  label,
  page,
  pages,
  href,
}: {
  label: string;
  page: number;
  pages: number;
  href: (page: number) => string;
}) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="pager">
      {page > 1 ? <a href={href(page - 1)}>← Page {page - 1}</a> : <span />}
      {page < pages ? <a href={href(page + 1)}>Page {page + 1} →</a> : null}
    </nav>
  );
}
