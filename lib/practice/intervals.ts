const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** A review interval in the fewest characters a grade button can carry: "10 m", "5 h", "4 d", "3 mo". */
export function shortInterval(ms: number): string {
  if (ms < hour) return `${Math.max(1, Math.round(ms / minute))} m`;
  if (ms < day) return `${Math.round(ms / hour)} h`;
  if (ms < 60 * day) return `${Math.round(ms / day)} d`;
  return `${Math.round(ms / (30 * day))} mo`;
}
