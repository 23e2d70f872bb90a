"use client";

import { useState, useSyncExternalStore } from "react";

const canShare = () => typeof navigator.share === "function";
const noSubscription = () => () => {};

/**
 * Shares the question's canonical URL with the Web Share API where the browser has it, and
 * otherwise copies it. Either way the result is announced to screen readers.
 */
export function CopyLink({ path, label }: { path: string; label: string }) {
  const share = useSyncExternalStore(noSubscription, canShare, () => false);
  const [status, setStatus] = useState("");
  async function act() {
    const url = new URL(path, window.location.origin).toString();
    try {
      if (share) {
        await navigator.share({ title: label, url });
        setStatus("Shared");
      } else {
        await navigator.clipboard.writeText(url);
        setStatus("Link copied");
      }
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") return;
      setStatus(`Could not copy; the link is ${url}`);
    }
    window.setTimeout(() => setStatus(""), 4000);
  }
  return (
    <span className="copy-link">
      <button
        type="button"
        className="button-quiet"
        onClick={act}
        aria-label={`${share ? "Share" : "Copy link to"} ${label}`}
      >
        {share ? "Share" : "Copy link"}
      </button>
      <span role="status" className="copy-status">
        {status}
      </span>
    </span>
  );
}
