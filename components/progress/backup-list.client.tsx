"use client";

import { useState } from "react";
import { backupAsExport, localDay, localTime } from "@/lib/progress/client";
import { browserBackups, browserBackupTargets, readBrowserBackup } from "@/lib/backups/client";
import type { BackupInfo } from "@/lib/storage/client";
import { downloadJson } from "@/components/shared/client";

const kilobytes = (chars: number) => `${Math.max(1, Math.round(chars / 1024))} KB`;

/**
 * The copies kept before stored data was replaced. Each can be restored in place, or downloaded in
 * the export format (it imports like an export); a copy that is not JSON downloads as stored.
 */
export function BackupList({ onRestored }: { onRestored: (message: { ok: boolean; text: string }) => void }) {
  const [backups] = useState<BackupInfo[]>(() => browserBackups());
  if (backups.length === 0) return null;
  function download(backup: BackupInfo) {
    const raw = readBrowserBackup(backup.key);
    if (raw === null) return;
    const target = browserBackupTargets()[backup.record];
    const file = target ? backupAsExport(raw, target, backup.savedAt) : null;
    downloadJson(`${backup.key.replace(/[^a-z0-9-]+/gi, "-")}.json`, file ?? raw);
  }
  function restore(backup: BackupInfo) {
    const raw = readBrowserBackup(backup.key);
    const target = browserBackupTargets()[backup.record];
    if (raw === null || !target) {
      onRestored({ ok: false, text: "This copy is no longer stored, or is of a record this page cannot restore." });
      return;
    }
    const outcome = target.restore(raw);
    onRestored(outcome.ok ? { ok: true, text: outcome.message } : { ok: false, text: outcome.error });
  }
  return (
    <>
      <h3 className="panel-title">Backups</h3>
      <p>
        Copies kept before stored data was replaced or set aside. The newest few are kept. Restore puts a copy back in
        place of what is there now, which is kept as a copy in turn.
      </p>
      <ul className="backups">
        {backups.map((backup) => {
          const at = new Date(backup.savedAt);
          return (
            <li key={backup.key}>
              {backup.label} · {localDay(at)} {localTime(at)} · {backup.reason} · {kilobytes(backup.bytes)}{" "}
              <span className="backup-actions">
                <button type="button" className="button-quiet" onClick={() => restore(backup)}>
                  Restore
                </button>
                <button type="button" className="button-quiet" onClick={() => download(backup)}>
                  Download
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
