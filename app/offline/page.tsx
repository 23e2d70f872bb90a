import type { Metadata } from "next";

export const metadata: Metadata = {
  title: "You are offline",
  description: "This page is not saved on this device. What works without a connection.",
  robots: { index: false },
};

/**
 * What the service worker shows for a page it has not saved while there is no connection
 * (lib/pwa/sw.ts): every link here is to a page it keeps.
 */
export default function OfflinePage() {
  return (
    <section className="not-found">
      <h1>You are offline</h1>
      <p>
        This page is not saved on this device, and there is no connection to fetch it. Everything below works without
        one, and your progress is stored here either way.
      </p>
      <ul>
        <li>
          <a href="/practice">Practice</a>: due cards, with their answers
        </li>
        <li>
          <a href="/mock">Mock interview</a>
        </li>
        <li>
          <a href="/plan">Your plan</a> and <a href="/progress">your progress</a>
        </li>
        <li>
          <a href="/questions">All questions</a>, with search
        </li>
        <li>
          <a href="/">Home</a>
        </li>
      </ul>
    </section>
  );
}
