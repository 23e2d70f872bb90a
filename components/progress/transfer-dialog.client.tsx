"use client";

import { useEffect, useRef, useState } from "react";
import { getBrowserStore, browserCompanions, exportAll } from "@/lib/progress/client";
import { encodeTransfer } from "@/lib/progress";
import { noteExport } from "@/lib/pwa/client";
import { downloadJson } from "@/components/shared/client";
import { QrCode, qrModules, type Modules } from "./qr-code";

interface Built {
  link: string;
  text: string;
  /** The QR code's modules, or null when the link is too long for one. */
  qr: Modules | null;
}

const fileName = () => `followup-progress-${new Date().toISOString().slice(0, 10)}.json`;

/**
 * "Move to another device": a link that carries this browser's whole export in its fragment, as a
 * QR code to scan and a Copy button. A link too long for one QR code is offered as a file instead,
 * through the phone's share sheet where there is one.
 */
export function TransferDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [built, setBuilt] = useState<Built | null>(null);
  const [status, setStatus] = useState("");

  useEffect(() => {
    dialog.current?.showModal();
    const text = exportAll(getBrowserStore(), browserCompanions(), new Date());
    void (async () => {
      const link = `${window.location.origin}/progress#${await encodeTransfer(text)}`;
      setBuilt({ link, text, qr: await qrModules(link) });
    })();
  }, []);

  async function copy() {
    if (!built) return;
    try {
      await navigator.clipboard.writeText(built.link);
      noteExport();
      setStatus("Link copied. Open it on your other device.");
    } catch {
      setStatus("This browser did not allow copying; select the link below and copy it yourself.");
    }
  }

  async function sendFile() {
    if (!built) return;
    const file = new File([built.text], fileName(), { type: "application/json" });
    if (navigator.canShare?.({ files: [file] })) {
      try {
        await navigator.share({ files: [file], title: "Followup progress" });
        noteExport();
        return;
      } catch {
        // Closed without sharing: fall through to a download, which always works.
      }
    }
    downloadJson(fileName(), built.text);
    noteExport();
    setStatus("File saved. Import it on your other device's progress page.");
  }

  return (
    <dialog ref={dialog} className="dialog transfer-dialog" aria-labelledby="transfer-title" onClose={onClose}>
      <h2 id="transfer-title">Move to another device</h2>
      {built === null ? (
        <p aria-busy="true">Packing your progress…</p>
      ) : (
        <>
          {built.qr ? (
            <>
              <p>Scan this with your other device&apos;s camera, or copy the link and send it to yourself.</p>
              <QrCode modules={built.qr} />
            </>
          ) : (
            <>
              <p>
                Your progress is too large for one QR code. Send it as a file and import it on the other device&apos;s
                progress page, or copy the link and send it to yourself.
              </p>
              <p>
                <button type="button" className="button-primary" onClick={() => void sendFile()}>
                  Send as a file
                </button>
              </p>
            </>
          )}
          <p className="transfer-link-row">
            <input type="text" className="transfer-link" readOnly value={built.link} aria-label="Transfer link" />
            <button type="button" className="button-quiet" onClick={() => void copy()}>
              Copy link
            </button>
          </p>
          <p className="hint">
            The link holds your progress, plan, notes and bookmarks in its #fragment, which browsers never send to a
            server. Anyone who has it can read them, so send it only to yourself.
          </p>
        </>
      )}
      <div role="status" className="ok-text">
        {status ? <p>{status}</p> : null}
      </div>
      <form method="dialog">
        <button type="submit" className="button-quiet">
          Close
        </button>
      </form>
    </dialog>
  );
}
