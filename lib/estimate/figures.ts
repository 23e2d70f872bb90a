/** The derived figures of an estimate: pure arithmetic on its inputs. */
import type { EstimateValues } from "./fields";
import { formatBytes, formatCount, powerOfTen, type PowerOfTen } from "./format";

export const secondsPerDay = 86_400;
export const daysPerYear = 365;

export interface Figure {
  key: string;
  label: string;
  value: number;
  /** The figure as an interviewer writes it: `≈ 1.2K writes/s`, `≈ 18 TB`. */
  text: string;
  power: PowerOfTen;
  /** What the power of ten counts (`writes/s`, `B`), so `1.2 × 10^3 writes/s` reads alone. */
  powerUnit: string;
}

const rate = (key: string, label: string, value: number, noun: string): Figure => ({
  key,
  label,
  value,
  text: `≈ ${formatCount(value)} ${noun}`,
  power: powerOfTen(value),
  powerUnit: noun,
});

const bytes = (key: string, label: string, value: number, perSecond = false): Figure => ({
  key,
  label,
  value,
  text: `≈ ${formatBytes(value)}${perSecond ? "/s" : ""}`,
  power: powerOfTen(value),
  powerUnit: perSecond ? "B/s" : "B",
});

/** Every figure the block shows, in the order it shows them. */
export function estimateFigures(values: EstimateValues): Figure[] {
  const writesPerDay = values.users * values.writesPerUser;
  const readsPerDay = writesPerDay * values.readsPerWrite;
  const writesPerSecond = writesPerDay / secondsPerDay;
  const readsPerSecond = readsPerDay / secondsPerDay;
  const storagePerDay = writesPerDay * values.objectSize;
  const storagePerYear = storagePerDay * daysPerYear;
  const years = values.retentionYears;
  const copies = values.replicas;
  return [
    rate("writes-avg", "Writes per second, average", writesPerSecond, "writes/s"),
    rate("writes-peak", "Writes per second, peak", writesPerSecond * values.peakFactor, "writes/s"),
    rate("reads-avg", "Reads per second, average", readsPerSecond, "reads/s"),
    rate("reads-peak", "Reads per second, peak", readsPerSecond * values.peakFactor, "reads/s"),
    bytes("storage-day", "Storage per day", storagePerDay),
    bytes("storage-year", "Storage per year", storagePerYear),
    bytes(
      "storage-total",
      `Storage over ${formatCount(years, 3)} year${years === 1 ? "" : "s"}, ${copies} cop${copies === 1 ? "y" : "ies"}`,
      storagePerYear * years * copies,
    ),
    bytes("bandwidth-write", "Write bandwidth, average", writesPerSecond * values.objectSize, true),
    bytes("bandwidth-read", "Read bandwidth, average", readsPerSecond * values.objectSize, true),
    bytes("cache", "Cache memory", values.cacheShare * readsPerDay * values.objectSize),
  ];
}
