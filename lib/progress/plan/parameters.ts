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
  if (!lengths.includes(numbers.length)) {
    errors.push(`parameters: expected 17, 19 or 21 numbers, found ${numbers.length}`);
  }
  if (errors.length > 0) return { ok: false, errors };
  // Checked before ts-fsrs lifts the vector, which would quietly clip what is out of range.
  const bounds = CLAMP_PARAMETERS(W17_W18_Ceiling);
  numbers.forEach((n, i) => {
    const [low, high] = bounds[i]!;
    if (n < low! || n > high!) errors.push(`w[${i}]: ${n} is outside ${low} to ${high}`);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, parameters: [...migrateParameters(numbers)] };
}
