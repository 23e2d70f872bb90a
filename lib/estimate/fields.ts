/**
 * The inputs of an `<Estimate>` block: how each is read and what values make sense. The zod
 * schema (schema.ts) and the island's fields both read this one list, so the build and the page
 * accept exactly the same values.
 */
import { parseCount, parseSize, type Parsed } from "./quantity";

export interface EstimateField {
  /** The field's label on the page. */
  label: string;
  /** What the number counts, shown after the field. */
  unit: string;
  /** The authored text used when the attribute is left out; none means the attribute is required. */
  fallback?: string;
  read: (text: string) => Parsed;
}

/** Reads a value with `parse` and holds it to `rule`, which returns a message when it fails. */
const checked =
  (parse: (text: string) => Parsed, rule: (value: number) => string | undefined) =>
  (text: string): Parsed => {
    const parsed = parse(text);
    if (!parsed.ok) return parsed;
    const message = rule(parsed.value);
    return message === undefined ? parsed : { ok: false, message };
  };

const aboveZero = (value: number) => (value > 0 ? undefined : "must be above zero");

export const estimateFields = {
  users: { label: "Daily active users", unit: "users", read: checked(parseCount, aboveZero) },
  writesPerUser: { label: "Writes per user", unit: "per day", read: checked(parseCount, aboveZero) },
  readsPerWrite: {
    label: "Reads per write",
    unit: "reads",
    read: checked(parseCount, (value) => (value >= 0 ? undefined : "must not be negative")),
  },
  objectSize: { label: "Object size", unit: "per write", read: checked(parseSize, aboveZero) },
  retentionYears: { label: "Retention", unit: "years", read: checked(parseCount, aboveZero) },
  peakFactor: {
    label: "Peak factor",
    unit: "× average",
    fallback: "2",
    read: checked(parseCount, (value) => (value >= 1 ? undefined : "must be at least 1 (peak is never below average)")),
  },
  cacheShare: {
    label: "Cache share",
    unit: "of daily reads",
    fallback: "0.2",
    read: checked(parseCount, (value) => (value <= 1 ? undefined : "must be a share between 0 and 1")),
  },
  replicas: {
    label: "Replicas",
    unit: "copies",
    fallback: "1",
    read: checked(parseCount, (value) =>
      Number.isInteger(value) && value >= 1 ? undefined : "must be a whole number of copies, 1 or more",
    ),
  },
} as const satisfies Record<string, EstimateField>;

export type EstimateFieldName = keyof typeof estimateFields;
export const estimateFieldNames = Object.keys(estimateFields) as EstimateFieldName[];

/** The values an estimate is computed from, as numbers. */
export type EstimateValues = Record<EstimateFieldName, number>;
