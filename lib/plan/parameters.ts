import "client-only";
import { CLAMP_PARAMETERS, migrateParameters, W17_W18_Ceiling } from "ts-fsrs";

export type ParsedParameters = { ok: true; parameters: number[] } | { ok: false; errors: string[] };

/** FSRS-4.5, FSRS-5 and FSRS-6 vectors; the older ones are lifted to FSRS-6 by ts-fsrs. */
const lengths = [17, 19, 21];

/**
 * Reads a parameter vector pasted from an optimiser (numbers separated by commas or spaces,
 * brackets allowed) and checks each against FSRS's allowed range, reporting every problem at once.
 */
export function parseParameters(text: string): ParsedParameters {
  const tooLong = parametersTextProblem(text);
  if (tooLong !== null) return { ok: false, errors: [tooLong] };
  const parts = text
    .replace(/[[\]]/g, " ")
    .split(/[\s,]+/)
    .filter((p) => p !== "");
  const errors: string[] = [];
  const numbers = parts.map((part, i) => {
    const n = Number(part);
    if (!Number.isFinite(n)) errors.push(`w[${i}]: "${part.slice(0, 20)}" is not a number`);
    return n;
  });
  if (errors.length > 0) return { ok: false, errors: capErrors([...errors, ...checkLength(numbers)]) };
  return checkParameters(numbers);
}

/** 21 numbers at full precision fit many times over; anything longer is not a parameter vector. */
export const maxParametersText = 2000;
/** Enough to show a pattern; the rest is counted, not listed. */
export const maxListedErrors = 10;

/** Why a pasted text is refused before it is read at all, or null when it is short enough. */
export function parametersTextProblem(text: string): string | null {
  if (text.length <= maxParametersText) return null;
  return `parameters: the text is ${text.length.toLocaleString("en")} characters long; 21 numbers need at most ${maxParametersText.toLocaleString("en")}`;
}

function capErrors(errors: string[]): string[] {
  if (errors.length <= maxListedErrors) return errors;
  const rest = errors.length - (maxListedErrors - 1);
  return [...errors.slice(0, maxListedErrors - 1), `…and ${rest.toLocaleString("en")} more problems`];
}

function checkLength(numbers: number[]): string[] {
  return lengths.includes(numbers.length) ? [] : [`parameters: expected 17, 19 or 21 numbers, found ${numbers.length}`];
}

/** The checks for a vector of numbers, pasted or imported: its length, then each value's range. */
export function checkParameters(numbers: readonly number[]): ParsedParameters {
  const errors = checkLength([...numbers]);
  if (errors.length > 0) return { ok: false, errors };
  // Checked before ts-fsrs lifts the vector, which would quietly clip what is out of range.
  const bounds = CLAMP_PARAMETERS(W17_W18_Ceiling);
  numbers.forEach((n, i) => {
    const [low, high] = bounds[i]!;
    if (n < low! || n > high!) errors.push(`w[${i}]: ${n} is outside ${low} to ${high}`);
  });
  return errors.length > 0
    ? { ok: false, errors: capErrors(errors) }
    : { ok: true, parameters: [...migrateParameters(numbers)] };
}
