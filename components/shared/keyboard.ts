import "client-only";

// Inputs that take keys as text; a checkbox, radio or button input does not, so shortcuts still work there.
const textInputTypes = /^(text|search|email|url|tel|password|number|date|datetime-local|month|time|week)$/;

/** True when a key press belongs to a text field, so no shortcut may act on it. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || /^(TEXTAREA|SELECT)$/.test(target.tagName)) return true;
  return target instanceof HTMLInputElement && textInputTypes.test(target.type);
}

/** Also true on controls whose own Space and Enter handling must win: buttons, links, summaries, boxes. */
export function isInteractive(target: EventTarget | null): boolean {
  return isTextEntry(target) || (target instanceof HTMLElement && /^(BUTTON|A|SUMMARY|INPUT)$/.test(target.tagName));
}
