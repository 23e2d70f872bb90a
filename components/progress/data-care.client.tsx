"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { getDataCareStore, markDataCare, askToPersist, persistence, type Persistence } from "@/lib/pwa/client";
import { practiceDaysSince, reminderDue } from "@/lib/pwa";

const subscribe = (listener: () => void) => getDataCareStore().subscribe(listener);
const snapshot = () => getDataCareStore().getSnapshot();

const said: Record<Persistence, string> = {
  persisted: "This browser has agreed to keep this site's data: it will not clear it to free space.",
  "may-clear":
    "This browser may clear this site's data: when the device runs short of space, and in Safari after 7 days without a visit. Install Followup (in Safari, Share → Add to Home Screen) so it is kept, or export your progress regularly.",
  unknown:
    "This browser does not say whether it keeps this site's data. Safari clears it after 7 days without a visit unless Followup is installed to the Home Screen, so export your progress regularly.",
};

/**
 * Whether the browser may clear what is stored here, and what to do about it; and, after two weeks
 * of practice without an export, a reminder offering one, which can be put away or turned off.
 */
export function DataCare({
  byDay,
  dayOf,
  onExport,
}: {
  byDay: Record<string, number>;
  dayOf: (at: Date) => string;
  onExport: () => void;
}) {
  const care = useSyncExternalStore(subscribe, snapshot, () => null);
  const [kept, setKept] = useState<Persistence | null>(null);
  useEffect(() => void persistence().then(setKept), []);
  if (!care) return null;
  const change = (mark: "dismissed" | "reminders", off?: boolean) =>
    void getDataCareStore().update((value, now) => markDataCare(value, mark, now, off));
  const remindersOn = care.value.items.reminders?.off !== true;
  const days = practiceDaysSince(care.value, byDay, dayOf);
  return (
    <section className="panel" aria-labelledby="keeping-heading">
      <h2 id="keeping-heading" className="panel-title">
        Keeping your data
      </h2>
      {reminderDue(care.value, byDay, dayOf) ? (
        <div className="notice export-reminder" role="region" aria-label="Export reminder">
          <p>
            You have practised on {days} days since your last export. Export now so a cleared browser cannot cost you
            that work.
          </p>
          <p className="data-buttons">
            <button type="button" className="button-primary" onClick={onExport}>
              Export progress
            </button>
            <button type="button" className="button-quiet" onClick={() => change("dismissed")}>
              Not now
            </button>
          </p>
        </div>
      ) : null}
      {kept ? <p className="persistence">{said[kept]}</p> : null}
      {kept === "may-clear" ? (
        <p>
          <button type="button" className="button-quiet" onClick={() => void askToPersist().then(setKept)}>
            Ask the browser to keep it
          </button>
        </p>
      ) : null}
      <label className="checkbox-row">
        <input type="checkbox" checked={remindersOn} onChange={(e) => change("reminders", !e.currentTarget.checked)} />
        Remind me to export after two weeks of practice without one
      </label>
    </section>
  );
}
