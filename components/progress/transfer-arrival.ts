import "client-only";
import { browserCompanions, describeImport, readExportFile } from "@/lib/progress/client";
import { decodeTransfer, isTransferFragment } from "@/lib/progress";

export type TransferArrival = { ok: true; text: string; holds: string } | { ok: false; error: string };

function madeOn(text: string): string {
  const file = readExportFile(text);
  const at = file.ok && typeof file.value.exportedAt === "string" ? new Date(file.value.exportedAt) : null;
  return at && !Number.isNaN(at.getTime())
    ? `, made on ${at.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" })}`
    : "";
}

/**
 * The transfer link this page was opened with (progress#transfer=…), or null when there is none.
 * The fragment is cleared at once, so a reload never repeats it, and the contents are checked as
 * an imported file's are: `holds` says what it would import, and when it was made. Nothing is
 * stored here; the caller asks whether to merge or replace.
 */
export async function readTransferArrival(): Promise<TransferArrival | null> {
  const hash = window.location.hash;
  if (!isTransferFragment(hash)) return null;
  window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
  const decoded = await decodeTransfer(hash);
  if (!decoded.ok) return decoded;
  const described = describeImport(decoded.text, browserCompanions());
  if (!described.ok) return described;
  return { ok: true, text: decoded.text, holds: described.message + madeOn(decoded.text) };
}
