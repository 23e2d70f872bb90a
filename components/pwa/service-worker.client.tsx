"use client";

import { useEffect, useState } from "react";
import { askToPersist } from "@/lib/pwa/client";

/**
 * Registers the offline service worker (lib/pwa/sw.ts; this file is an external script, so the
 * CSP needs no inline one) and says when a new version has installed. The new version takes over
 * only when the person presses Reload, never in the middle of a practice session or a mock.
 */
export function ServiceWorkerUpdate() {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);

  useEffect(() => {
    // Installing the app is the moment keeping its data plainly matters.
    const installed = () => void askToPersist();
    window.addEventListener("appinstalled", installed);
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) {
      return () => window.removeEventListener("appinstalled", installed);
    }
    const container = navigator.serviceWorker;
    // Only an update waits behind a worker already in control; the first install is not news.
    const offer = (worker: ServiceWorker | null) => {
      if (worker && container.controller) setWaiting(worker);
    };
    container
      .register("/sw.js", { scope: "/" })
      .then((registration) => {
        offer(registration.waiting);
        registration.addEventListener("updatefound", () => {
          const worker = registration.installing;
          worker?.addEventListener("statechange", () => {
            if (worker.state === "installed") offer(worker);
          });
        });
      })
      .catch(() => {
        // No worker (private mode, blocked): the site works online as before.
      });
    return () => window.removeEventListener("appinstalled", installed);
  }, []);

  function reload() {
    if (!waiting) return;
    navigator.serviceWorker.addEventListener("controllerchange", () => window.location.reload(), { once: true });
    waiting.postMessage({ type: "SKIP_WAITING" });
  }

  // Rendered only when there is news: an empty live region on every page would be one more
  // status region for every page's own to be confused with.
  if (!waiting) return null;
  return (
    <p role="status" className="update-toast">
      A new version is ready.
      <button type="button" className="button-primary" onClick={reload}>
        Reload
      </button>
      <button type="button" className="button-quiet" onClick={() => setWaiting(null)}>
        Later
      </button>
    </p>
  );
}
