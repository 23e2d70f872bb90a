const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** A duration in the largest whole unit that fits: minutes (at least one), hours, days, or past sixty days months. */
export function wholeUnits(ms: number): [number, "minute" | "hour" | "day" | "month"] {
  if (ms < hour) return [Math.max(1, Math.round(ms / minute)), "minute"];
  if (ms < day) return [Math.round(ms / hour), "hour"];
  if (ms < 60 * day) return [Math.round(ms / day), "day"];
  return [Math.round(ms / (30 * day)), "month"];
}

/** A review interval in the fewest characters a grade button can carry: "10 m", "5 h", "4 d", "3 mo". */
export function shortInterval(ms: number): string {
  const [n, unit] = wholeUnits(ms);
  return `${n} ${unit === "month" ? "mo" : unit[0]}`;
}
