"use client";

import { useEffect, useRef, useState } from "react";
import {
  getBrowserStore,
  browserCompanions,
  type ImportMode,
  type ImportOutcome,
  resetData,
  reviewLogCsv,
  describeImport,
  importAll,
} from "@/lib/progress/client";
import { downloadJson } from "@/components/shared/client";
import { BackupList } from "./backup-list.client";
import { exportProgressFile } from "./export-file";
import { ResetForm } from "./reset-form.client";
import { readTransferArrival } from "./transfer-arrival";
import { TransferDialog } from "./transfer-dialog.client";

interface Message {
  ok: boolean;
  text: string;
  undo?: () => Promise<ImportOutcome>;
}
interface PendingImport {
  name: string;
  /** A chosen file, or a transfer link the page was opened with. */
  source: "file" | "link";
  text: string;
  holds: string;
}

/**
 * Export to a file; import one, after asking whether to merge it or to replace what is here with
 * it; reset, after saying what it erases, with an undo.
 */
export function DataControls({ readOnly }: { readOnly: boolean }) {
  const [message, setMessage] = useState<Message | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [moving, setMoving] = useState(false);
  // Bumped after every change that keeps a backup, so the list shows it.
  const [backupsSeen, setBackupsSeen] = useState(0);
  const question = useRef<HTMLParagraphElement>(null);
  // A chosen file is only read: the question it raises takes the focus, so it is heard first.
  useEffect(() => question.current?.focus(), [pending]);
  // A transfer link is asked about like a chosen file; a bad one is refused before anything is asked.
  useEffect(() => {
    void readTransferArrival().then((arrival) => {
      if (!arrival) return;
      if (arrival.ok)
        setPending({ name: "The transfer link", source: "link", text: arrival.text, holds: arrival.holds });
      else setMessage({ ok: false, text: `Nothing was imported from the transfer link: ${arrival.error}` });
    });
  }, []);
  const show = (next: Message) => {
    setMessage(next);
    setBackupsSeen((n) => n + 1);
  };

  function exportFile() {
    exportProgressFile();
    setMessage({ ok: true, text: "Progress exported." });
  }

  function exportLog() {
    const csv = reviewLogCsv(getBrowserStore().getSnapshot().value);
    downloadJson(`followup-review-log-${new Date().toISOString().slice(0, 10)}.csv`, csv, "text/csv");
    setMessage({ ok: true, text: "Review log exported as CSV, in the fsrs-optimizer format." });
  }

  async function chooseFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    // The same file can be chosen again after fixing it.
    input.value = "";
    const described = describeImport(text, browserCompanions());
    setPending(described.ok ? { name: file.name, source: "file", text, holds: described.message } : null);
    setMessage(described.ok ? null : { ok: false, text: `Nothing was imported from ${file.name}: ${described.error}` });
  }

  async function importPending(mode: ImportMode) {
    if (!pending) return;
    setPending(null);
    const result = await importAll(pending.text, getBrowserStore(), browserCompanions(), mode);
    show(
      result.ok
        ? { ok: true, text: result.message }
        : {
            ok: false,
            text: `Nothing was imported from ${pending.source === "link" ? "the transfer link" : pending.name}: ${result.error}`,
          },
    );
  }

  async function reset(chosen: string[]) {
    setConfirming(false);
    const outcome = await resetData(getBrowserStore(), browserCompanions(), chosen);
    show(outcome.ok ? { ok: true, text: outcome.message, undo: outcome.undo } : { ok: false, text: outcome.error });
  }

  async function undo(action: () => Promise<ImportOutcome>) {
    const result = await action();
    show(result.ok ? { ok: true, text: result.message } : { ok: false, text: result.error });
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
            onChange={(e) => void chooseFile(e.currentTarget)}
          />
        </label>
        <button type="button" className="button-quiet" onClick={() => setMoving(true)}>
          Move to another device
        </button>
        {confirming ? null : (
          <button type="button" className="button-quiet" disabled={readOnly} onClick={() => setConfirming(true)}>
            Reset progress…
          </button>
        )}
      </p>
      {pending ? (
        <div className="import-choice" role="group" aria-labelledby="import-choice-title">
          <p id="import-choice-title" ref={question} tabIndex={-1}>
            <strong>{pending.name}</strong> holds {pending.holds}. How should it be imported?
          </p>
          <p className="data-buttons">
            <button type="button" className="button-primary" onClick={() => void importPending("merge")}>
              Merge with what is here
            </button>
            <button type="button" className="button-danger" onClick={() => void importPending("replace")}>
              Replace what is here with this {pending.source}
            </button>
            <button type="button" className="button-quiet" onClick={() => setPending(null)}>
              Cancel
            </button>
          </p>
          <p className="hint">
            {`Merge keeps the newer of each card and respects resets made here. Replace restores the ${pending.source} exactly as it is; a copy of what is here is kept under Backups first.`}
          </p>
        </div>
      ) : null}
      {moving ? <TransferDialog onClose={() => setMoving(false)} /> : null}
      {confirming ? <ResetForm onReset={(chosen) => void reset(chosen)} onCancel={() => setConfirming(false)} /> : null}
      <div
        role={message && !message.ok ? "alert" : "status"}
        className={message?.ok === false ? "error-text" : "ok-text"}
      >
        {message ? (
          <p>
            {message.text}{" "}
            {message.undo ? (
              <button type="button" className="button-quiet" onClick={() => void undo(message.undo!)}>
                Undo
              </button>
            ) : null}
          </p>
        ) : null}
      </div>
      <BackupList key={backupsSeen} onRestored={show} />
    </section>
  );
}
