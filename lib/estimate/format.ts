/**
 * Figures written the way an interviewer writes them on a whiteboard: rounded to a few significant
 * digits, with a suffix or unit (1.2K, 18 TB, 8.76 h) and the power of ten beside it.
 */
import { byteUnits } from "./quantity";

interface Unit {
  readonly name: string;
  readonly size: number;
}

const countUnits: readonly Unit[] = [
  { name: "", size: 1 },
  { name: "K", size: 1e3 },
  { name: "M", size: 1e6 },
  { name: "B", size: 1e9 },
  { name: "T", size: 1e12 },
];

const durationUnits: readonly Unit[] = [
  { name: "ms", size: 1e-3 },
  { name: "s", size: 1 },
  { name: "min", size: 60 },
  { name: "h", size: 3600 },
  { name: "days", size: 86_400 },
];

/** A fixed locale, so the page rendered at build time and the island in any browser agree. */
const formatters = new Map<number, Intl.NumberFormat>();
function formatter(significant: number): Intl.NumberFormat {
  let found = formatters.get(significant);
  if (!found) {
    found = new Intl.NumberFormat("en-US", { maximumSignificantDigits: significant });
    formatters.set(significant, found);
  }
  return found;
}

const roundTo = (value: number, significant: number) => Number(value.toPrecision(significant));

/**
 * The value in the largest unit it reaches, rounded in that unit. When rounding carries it to the
 * next unit (999.6K → 1000K) it moves up (1M), so no figure reads 1000 of anything.
 */
function inUnit(value: number, units: readonly Unit[], significant: number): { amount: number; unit: Unit } {
  let index = 0;
  while (index + 1 < units.length && Math.abs(value) >= units[index + 1]!.size) index += 1;
  let amount = roundTo(value / units[index]!.size, significant);
  const next = units[index + 1];
  if (next && Math.abs(amount) * units[index]!.size >= next.size) {
    index += 1;
    amount = roundTo(value / next.size, significant);
  }
  return { amount, unit: units[index]! };
}

/** `1.2 × 10^3` as its parts, so a page can set the exponent as a superscript. */
export interface PowerOfTen {
  mantissa: string;
  exponent: number;
}

export function powerOfTen(value: number, significant = 2): PowerOfTen {
  const rounded = roundTo(value, significant);
  if (rounded === 0) return { mantissa: "0", exponent: 0 };
  const exponent = Math.floor(Math.log10(Math.abs(rounded)));
  return { mantissa: formatter(significant).format(rounded / 10 ** exponent), exponent };
}

/** `1.2 × 10^3`, as plain text. */
export const powerOfTenText = (value: number, significant = 2) => {
  const { mantissa, exponent } = powerOfTen(value, significant);
  return `${mantissa} × 10^${exponent}`;
};

/** `1.2K`, `350`, `2.5B`: a count with the suffix interviewers use. */
export function formatCount(value: number, significant = 2): string {
  const { amount, unit } = inUnit(value, countUnits, significant);
  return `${formatter(significant).format(amount)}${unit.name}`;
}

/** `18 TB`, `500 B`: bytes in decimal units. */
export function formatBytes(bytes: number, significant = 2): string {
  const { amount, unit } = inUnit(bytes, byteUnits, significant);
  return `${formatter(significant).format(amount)} ${unit.name}`;
}

/** `8.76 h`, `43.2 min`, `3.65 days`: a span of time in the largest unit it reaches. */
export function formatDuration(seconds: number, significant = 3): string {
  const { amount, unit } = inUnit(seconds, durationUnits, significant);
  const name = unit.name === "days" && amount === 1 ? "day" : unit.name;
  return `${formatter(significant).format(amount)} ${name}`;
}
