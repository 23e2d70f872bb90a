"use client";

import { useEffect, useRef } from "react";

export const shortcuts = [
  ["Space or Enter", "Reveal the answer"],
  ["1 – 4", "Grade: Again, Hard, Good, Easy (pass/fail: 1 missed, 3 got it)"],
  ["U", "Undo the last grade"],
  ["N", "Next card (or skip this one)"],
  ["S", "Stop the follow-up ladder"],
  ["R", "Start or stop recording your answer aloud (before the reveal)"],
  ["?", "Show or hide this help"],
] as const;

/** A modal <dialog>: focus moves into it, Escape closes it and focus returns where it was. */
// A default export, so the lazy import needs no wrapper to name it.
export default function ShortcutHelp({
  open,
  onClose,
  shortcuts: list = shortcuts,
}: {
  open: boolean;
  onClose: () => void;
  shortcuts?: readonly (readonly [string, string])[];
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="shortcut-title" onClose={onClose}>
      <h2 id="shortcut-title">Keyboard shortcuts</h2>
      <dl className="shortcuts">
        {list.map(([key, action]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="button-quiet" onClick={onClose} autoFocus>
        Close
      </button>
    </dialog>
  );
}
