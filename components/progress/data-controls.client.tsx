"use client";

import { useState } from "react";
import { getBrowserStore } from "@/lib/progress/browser-store";
import { browserCompanions } from "@/lib/progress/browser-companions";
import { resetProgress } from "@/lib/progress/progress-transfer";
import { reviewLogCsv } from "@/lib/progress/review-csv";
import { exportAll, importAll } from "@/lib/progress/transfer-all";
import { downloadJson } from "../shared/download-json";
import { BackupList } from "./backup-list.client";

/** Export to a file, import one (validated, merged newest-wins), or reset after confirming. */
export function DataControls({ readOnly }: { readOnly: boolean }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);

  function exportFile() {
    downloadJson(
      `followup-progress-${new Date().toISOString().slice(0, 10)}.json`,
      exportAll(getBrowserStore(), browserCompanions(), new Date()),
    );
    setMessage({ ok: true, text: "Progress exported." });
  }

  function exportLog() {
    const csv = reviewLogCsv(getBrowserStore().getSnapshot().value);
    downloadJson(`followup-review-log-${new Date().toISOString().slice(0, 10)}.csv`, csv, "text/csv");
    setMessage({ ok: true, text: "Review log exported as CSV, in the fsrs-optimizer format." });
  }

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    const result = await importAll(await file.text(), getBrowserStore(), browserCompanions());
    // The same file can be chosen again after fixing it.
    input.value = "";
    setMessage(
      result.ok
        ? { ok: true, text: result.message }
        : { ok: false, text: `Nothing was imported from ${file.name}: ${result.error}` },
    );
  }

  async function reset() {
    setConfirming(false);
    const outcome = await resetProgress(getBrowserStore());
    setMessage(
      outcome === "saved"
        ? { ok: true, text: "Progress was reset. A copy of it is kept under Backups below." }
        : outcome === "no-copy"
          ? { ok: false, text: "Nothing was reset: no copy of your progress could be kept first (storage is full)." }
          : { ok: false, text: "Progress was reset in this tab only: browser storage did not accept the change." },
    );
  }

  return (
    <section className="panel" aria-labelledby="data-heading">
      <h2 id="data-heading" className="panel-title">
        Your data
      </h2>
      <p>
        Progress, your interview plan, notes and bookmarks live only in this browser. Export them to move them to
        another device or keep a copy.
      </p>
      <p className="data-buttons">
        <button type="button" className="button-quiet" onClick={exportFile}>
          Export progress
        </button>
        <button type="button" className="button-quiet" onClick={exportLog}>
          Export review log (CSV)
        </button>
        <label className="button-quiet file-button">
          Import progress
          <input
            type="file"
            accept="application/json,.json"
            disabled={readOnly}
            onChange={(e) => void importFile(e.currentTarget)}
          />
        </label>
        {confirming ? (
          <>
            <span>Erase all progress in this browser?</span>
            <button type="button" className="button-danger" onClick={() => void reset()}>
              Yes, reset
            </button>
            <button type="button" className="button-quiet" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </>
        ) : (
          <button type="button" className="button-quiet" disabled={readOnly} onClick={() => setConfirming(true)}>
            Reset progress…
          </button>
        )}
      </p>
      <p
        role={message && !message.ok ? "alert" : "status"}
        className={message?.ok === false ? "error-text" : "ok-text"}
      >
        {message?.text}
      </p>
      <BackupList />
    </section>
  );
}
