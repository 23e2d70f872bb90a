"use client";

import { useState } from "react";
import { listBackups, readBackup, type BackupInfo } from "@/lib/storage/backups";
import { openArea } from "@/lib/storage/areas";
import { localDay, localTime } from "@/lib/progress/calendar";
import { downloadJson } from "../shared/download-json";

const kilobytes = (chars: number) => `${Math.max(1, Math.round(chars / 1024))} KB`;

/** The copies kept before stored data was replaced, each downloadable exactly as it was stored. */
export function BackupList() {
  const [backups] = useState<BackupInfo[]>(() => listBackups(openArea("local")));
  if (backups.length === 0) return null;
  function download(backup: BackupInfo) {
    const text = readBackup(openArea("local"), backup.key);
    if (text !== null) downloadJson(`${backup.key.replace(/[^a-z0-9-]+/gi, "-")}.json`, text);
  }
  return (
    <>
      <h3 className="panel-title">Backups</h3>
      <p>Copies kept before stored data was replaced or set aside. The newest few are kept.</p>
      <ul className="backups">
        {backups.map((backup) => {
          const at = new Date(backup.savedAt);
          return (
            <li key={backup.key}>
              {backup.label} · {localDay(at)} {localTime(at)} · {backup.reason} · {kilobytes(backup.bytes)}{" "}
              <button type="button" className="button-quiet" onClick={() => download(backup)}>
                Download
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
