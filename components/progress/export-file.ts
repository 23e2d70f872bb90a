import "client-only";
import { getBrowserStore, browserCompanions, exportAll } from "@/lib/progress/client";
import { noteExport } from "@/lib/pwa/client";
import { downloadJson } from "@/components/shared/client";

/** Saves everything this browser holds as one export file, and notes the export for the reminder. */
export function exportProgressFile(): void {
  const now = new Date();
  downloadJson(
    `followup-progress-${now.toISOString().slice(0, 10)}.json`,
    exportAll(getBrowserStore(), browserCompanions(), now),
  );
  noteExport(now);
}
