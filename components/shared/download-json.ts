import "client-only";
/** Saves text as a file (JSON unless told otherwise) through a temporary object URL. */
export function downloadJson(fileName: string, text: string, type = "application/json"): void {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(link.href);
}
