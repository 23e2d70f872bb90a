"use client";

import { useEffect, useRef } from "react";

/**
 * A question asked in place before something that cannot be taken back. Focus moves to the safe
 * choice, so a stray Enter or Space keeps going; Escape does too. Focus returns where it was on cancel.
 */
export function InlineConfirm({
  question,
  confirmLabel,
  cancelLabel = "Keep going",
  onConfirm,
  onCancel,
}: {
  question: string;
  confirmLabel: string;
  cancelLabel?: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const safe = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<Element | null>(null);
  useEffect(() => {
    returnTo.current = document.activeElement;
    safe.current?.focus();
  }, []);
  function cancel() {
    const back = returnTo.current;
    onCancel();
    if (back instanceof HTMLElement && back.isConnected && back !== document.body) back.focus();
  }
  return (
    <div
      className="inline-confirm notice"
      role="group"
      aria-label={question}
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        event.preventDefault();
        event.stopPropagation();
        cancel();
      }}
    >
      <p>{question}</p>
      <button type="button" className="button-primary" onClick={onConfirm}>
        {confirmLabel}
      </button>{" "}
      <button type="button" className="button-quiet" ref={safe} onClick={cancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
