import "client-only";
import { copyStatusId } from "./copy-status-id";

/**
 * The delegated click handler for every code block's copy button (CodeBlock's markup): copies the
 * block's code, says so on the button and in the page's CopyStatus region, and resets both after
 * two seconds (so the next copy is announced again). Question and section pages load it with the page;
 * the model answer in practice and the mock report loads it once an answer is shown.
 */
export function copyCodeOnClick({ target }: { target: EventTarget | null }): void {
  const button = target instanceof Element ? target.closest("[data-code-copy]") : null;
  const code = button?.parentElement?.querySelector("code");
  const label = button?.firstChild;
  const region = document.getElementById(copyStatusId);
  if (!code || !label || !region) return;
  const show = (text: string, message: string) => {
    label.textContent = text;
    region.textContent = message;
    setTimeout(() => {
      label.textContent = "Copy";
      region.textContent = "";
    }, 2000);
  };
  let written: Promise<void>;
  try {
    // Called within the click itself, as Safari requires; without a secure context there is no
    // clipboard at all, which fails like a refused write.
    written = navigator.clipboard.writeText(code.textContent ?? "");
  } catch (error) {
    written = Promise.reject(error);
  }
  written.then(
    () => show("Copied", "Code copied"),
    () => show("Copy failed", "Copy failed: select the code and copy it by hand"),
  );
}
