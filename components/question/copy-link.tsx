"use client";

import { useState } from "react";

/** Copies the question's canonical URL; the status is announced to screen readers. */
export function CopyLink({ path, label }: { path: string; label: string }) {
  const [status, setStatus] = useState("");
  async function copy() {
    const url = new URL(path, window.location.origin).toString();
    try {
      await navigator.clipboard.writeText(url);
      setStatus("Link copied");
    } catch {
      setStatus(`Copy failed; the link is ${url}`);
    }
    window.setTimeout(() => setStatus(""), 4000);
  }
  return (
    <span className="copy-link">
      <button
        type="button"
        className="button-quiet"
        onClick={copy}
        aria-label={`Copy link to ${label}`}
        data-copy-path={path}
      >
        Copy link
      </button>
      <span role="status" className="copy-status">
        {status}
      </span>
    </span>
  );
}
