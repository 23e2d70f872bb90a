"use client";

import { useEffect, useState } from "react";
import { clearStoredTakes, storedTakesSize, type StoredTakesSize } from "@/lib/voice/client";
import { formatBytes } from "@/lib/voice";
import { InlineConfirm } from "@/components/shared/inline-confirm.client";

type Usage = { kind: "loading" } | { kind: "ready"; usage: StoredTakesSize } | { kind: "error" };

/** The progress page's account of recorded answers: how many, the space they use, and Delete all. */
export default function RecordingsPanel() {
  const [state, setState] = useState<Usage>({ kind: "loading" });
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState("");
  // Bumped after Delete all, so the count is read again.
  const [reads, setReads] = useState(0);
  useEffect(() => {
    let live = true;
    storedTakesSize().then(
      (usage) => live && setState({ kind: "ready", usage }),
      () => live && setState({ kind: "error" }),
    );
    return () => {
      live = false;
    };
  }, [reads]);

  async function deleteAll() {
    setConfirming(false);
    try {
      const count = await clearStoredTakes();
      setReads((n) => n + 1);
      setMessage(`Deleted ${count} recording${count === 1 ? "" : "s"}.`);
    } catch {
      setMessage("The recordings could not be deleted: this browser's storage is unavailable. Nothing was changed.");
    }
  }

  const usage = state.kind === "ready" ? state.usage : null;
  return (
    <section className="panel" aria-labelledby="recordings-heading">
      <h2 id="recordings-heading" className="panel-title">
        Recorded answers
      </h2>
      <p>
        Answers you record in practice and the mock stay in this browser (IndexedDB), are never uploaded and are not
        part of the progress export; each take can be downloaded where it plays.
      </p>
      <p className="recordings-usage" aria-live="polite">
        {state.kind === "loading"
          ? "Counting recordings…"
          : state.kind === "error"
            ? "Recordings cannot be read: this browser's storage is blocked or unavailable."
            : usage!.takes === 0
              ? "No recordings are stored."
              : `${usage!.takes === 1 ? "1 recording uses" : `${usage!.takes} recordings use`} ${formatBytes(usage!.bytes)}.`}
      </p>
      {usage && usage.takes > 0 && !confirming ? (
        <p>
          <button type="button" className="button-quiet" onClick={() => setConfirming(true)}>
            Delete all recordings…
          </button>
        </p>
      ) : null}
      {confirming && usage ? (
        <InlineConfirm
          question={`Delete all ${usage.takes} recordings? They are not in any export or backup, so this cannot be undone.`}
          confirmLabel="Delete all recordings"
          onConfirm={() => void deleteAll()}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
      <p aria-live="polite">{message}</p>
    </section>
  );
}
