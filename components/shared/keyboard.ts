import "client-only";
/** True when a key press belongs to a text field, so single-letter shortcuts must leave it alone. */
export function isTextEntry(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** Also true on buttons, links and summaries, whose own Space and Enter handling must win. */
export function isInteractive(target: EventTarget | null): boolean {
  return isTextEntry(target) || (target instanceof HTMLElement && /^(BUTTON|A|SUMMARY)$/.test(target.tagName));
}
