import type { PracticeLink } from "./use-practice-link";

/** What the address bar asked for and could not get, and cram mode's reminder. */
export function LinkNotices({ link }: { link: PracticeLink }) {
  return (
    <>
      {link.cram ? (
        <p className="notice" role="status">
          Cram mode: grades are not recorded.
        </p>
      ) : null}
      {link.problem ? (
        <div className="notice" role="alert">
          <p>
            {link.problem} <a href="/practice">Start a normal practice session</a> or{" "}
            <a href="/">browse the questions</a>.
          </p>
        </div>
      ) : null}
      {link.noBookmarks ? (
        <p className="notice" role="status">
          There are no bookmarked questions to practise here yet. Bookmark questions on their pages, then come back.
        </p>
      ) : null}
    </>
  );
}
