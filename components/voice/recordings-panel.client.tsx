"use client";

import { useEffect, useState } from "react";
import { deleteAllTakes, onTakesChanged, takeUsage, type TakeUsage } from "@/lib/storage/takes/take-store";
import { formatBytes } from "@/lib/voice/recording-rules";
import { InlineConfirm } from "../shared/inline-confirm.client";

type Usage = { kind: "loading" } | { kind: "ready"; usage: TakeUsage } | { kind: "error" };

/** The progress page's account of recorded answers: how many, the space they use, and Delete all. */
export default function RecordingsPanel() {
  const [state, setState] = useState<Usage>({ kind: "loading" });
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState("");
  useEffect(() => {
    let live = true;
    const load = () =>
      takeUsage().then(
        (usage) => live && setState({ kind: "ready", usage }),
        () => live && setState({ kind: "error" }),
      );
    void load();
    const stop = onTakesChanged(() => void load());
    return () => {
      live = false;
      stop();
    };
  }, []);

  async function deleteAll() {
    setConfirming(false);
    try {
      const count = await deleteAllTakes();
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
              : `${usage!.takes === 1 ? "1 recording uses" : `${usage!.takes} recordings use`} ${formatBytes(usage!.bytes)}.${
                  usage!.newer > 0
                    ? ` ${usage!.newer} of them came from a newer version of Followup and are kept as they are.`
                    : ""
                }`}
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
