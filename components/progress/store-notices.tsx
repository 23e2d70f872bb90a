"use client";

import { getBrowserStore } from "@/lib/progress/browser-store";
import type { StoreNotice } from "@/lib/progress/store";

/** Says plainly what happened to stored progress; never hidden, dismissable once read. */
export function StoreNotices({ notices }: { notices: StoreNotice[] }) {
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((notice) => (
        <p key={notice.message} className={`notice notice-${notice.kind}`}>
          {notice.message}{" "}
          <button type="button" className="button-quiet" onClick={() => getBrowserStore().dismiss(notice)}>
            Dismiss
          </button>
        </p>
      ))}
    </div>
  );
}
