"use client";

import type { StoreNotice } from "@/lib/storage/client";

/** Says plainly what happened to stored data; never hidden, dismissable once read. */
export function StoreNotices({ notices, onDismiss }: { notices: StoreNotice[]; onDismiss: (n: StoreNotice) => void }) {
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((notice) => (
        <p key={notice.message} className={`notice notice-${notice.kind}`}>
          {notice.message}{" "}
          <button type="button" className="button-quiet" onClick={() => onDismiss(notice)}>
            Dismiss
          </button>
        </p>
      ))}
    </div>
  );
}
