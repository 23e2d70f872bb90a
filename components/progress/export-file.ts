import "client-only";
import { getBrowserStore } from "@/lib/progress/browser-store";
import { browserCompanions } from "@/lib/progress/browser-companions";
import { exportAll } from "@/lib/progress/transfer-all";
import { noteExport } from "@/lib/pwa/data-care-record";
import { downloadJson } from "../shared/download-json";

/** Saves everything this browser holds as one export file, and notes the export for the reminder. */
export function exportProgressFile(): void {
  const now = new Date();
  downloadJson(
    `followup-progress-${now.toISOString().slice(0, 10)}.json`,
    exportAll(getBrowserStore(), browserCompanions(), now),
  );
  noteExport(now);
}
