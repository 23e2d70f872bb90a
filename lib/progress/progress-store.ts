import "client-only";
import { type Area, RecordStore, type StoreMode } from "@/lib/storage/client";
import { progressRecord } from "./record";
import type { GradingMode, Progress } from "./schema";

/**
 * The browser's practice progress: the shared record store plus the grading setting. Grading lives
 * in lib/progress/grading.ts, so reading progress never loads the scheduler, and import and reset in
 * lib/progress/progress-transfer.ts, so practice never loads them.
 */
export class ProgressStore extends RecordStore<Progress> {
  constructor(area: Area | undefined, now: () => Date = () => new Date()) {
    super(progressRecord, area, true, now);
  }

  setGrading(grading: GradingMode): Promise<StoreMode> {
    return this.update((progress, now) => ({ ...progress, settings: { grading, updatedAt: now.toISOString() } }));
  }
}
