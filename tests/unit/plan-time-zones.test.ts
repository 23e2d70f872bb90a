import { execFileSync } from "node:child_process";
import { expect, test } from "vitest";
import { addDays } from "@/lib/plan/days";

/** Runs the probe in a child process set to `zone`: the time zone is per process. */
function probe(zone: string) {
  const out = execFileSync(process.execPath, ["--import", "tsx", "tests/unit/plan-zone-probe.ts"], {
    env: { ...process.env, TZ: zone },
    encoding: "utf8",
  });
  return JSON.parse(out) as {
    dayLengths: Record<string, number>;
    roundTrips: boolean;
    lastMomentIsDayBefore: boolean;
    dayOfSpringMorning: string;
    dayWithMidnightStart: string;
    planDays: string[];
    capOnEve: string;
  };
}

const zones = {
  "America/Los_Angeles": probe("America/Los_Angeles"),
  "Asia/Kolkata": probe("Asia/Kolkata"),
  "Pacific/Auckland": probe("Pacific/Auckland"),
};
const shortDays = (zone: keyof typeof zones) =>
  Object.entries(zones[zone].dayLengths).filter(([, hours]) => hours !== 24);

test("in Los Angeles the plan day before spring forward has 23 hours and the one before fall back 25", () => {
  expect(shortDays("America/Los_Angeles")).toEqual([
    ["2026-03-07", 23],
    ["2026-10-31", 25],
  ]);
});

test("in Auckland the plan days around the April and September changes have 25 and 23 hours", () => {
  expect(shortDays("Pacific/Auckland")).toEqual([
    ["2026-04-04", 25],
    ["2026-09-26", 23],
  ]);
});

test("in Kolkata, without daylight saving, every plan day has 24 hours", () => {
  expect(shortDays("Asia/Kolkata")).toEqual([]);
});

test("in every zone a day's start belongs to that day and the moment before it to the day before", () => {
  for (const result of Object.values(zones)) {
    expect([result.roundTrips, result.lastMomentIsDayBefore]).toEqual([true, true]);
  }
});

test("before the 4 am day start the hour still counts for the previous day, in local time", () => {
  expect(Object.values(zones).map((z) => [z.dayOfSpringMorning, z.dayWithMidnightStart])).toEqual([
    ["2026-03-07", "2026-03-08"],
    ["2026-03-08", "2026-03-08"],
    ["2026-03-08", "2026-03-08"],
  ]);
});

test("a plan across a DST change has every day once, in order, up to the interview", () => {
  for (const result of Object.values(zones)) {
    const first = result.planDays[0]!;
    expect(result.planDays).toEqual(result.planDays.map((_, i) => addDays(first, i)));
    expect(result.planDays.at(-1)).toBe("2026-04-10");
  }
});

test("the cap falls at 4 am local time on the interview day", () => {
  expect(Object.values(zones).map((z) => z.capOnEve)).toEqual([
    "2026-04-05T11:00:00.000Z",
    "2026-04-04T22:30:00.000Z",
    "2026-04-04T16:00:00.000Z",
  ]);
});
