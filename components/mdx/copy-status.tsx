import { copyStatusId } from "@/components/shared";

/**
 * The live region where copy buttons announce their result, rendered by every page whose code
 * blocks can be copied. It is in the HTML from the start, so a screen reader already watches it
 * when the first result is written into it.
 */
export function CopyStatus() {
  return <p id={copyStatusId} role="status" className="visually-hidden" />;
}
