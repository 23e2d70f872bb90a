import "client-only";
import * as z from "zod/mini";
import { pastIsoDate, describeIssue, once, type Decoded, type Merged, type RecordKind } from "@/lib/storage/client";
import { defaultDayStartHour, isCalendarDay } from "./days";
import { checkParameters } from "./parameters";
import { planKey, planVersion } from "./plan-key";
import { firstTrack, sectionRef } from "./plan-scope";
import { slugPattern } from "@/lib/slug";

/**
 * The interview plan as stored: one item, each field validated on its own so that one bad field
 * is set aside and the rest kept. Tabs and imports merge newest-wins by `updatedAt`.
 *
 * Version 1 named scope sections by slug alone; version 2 names them `track/section`, since tracks
 * may share section slugs.
 */
export { planVersion };
export const maxMinutesPerDay = 600;

// Checks are refinements, not z.regex or z.maxLength: those would pull more of zod into every page
// that validates stored data, the practice page among them.
const slug = () => z.string().check(z.refine((s) => slugPattern.test(s), "must be a slug"));
const isSectionRef = (s: string) => {
  const [track = "", section = "", ...rest] = s.split("/");
  return rest.length === 0 && slugPattern.test(track) && slugPattern.test(section);
};
const section = () => z.string().check(z.refine(isSectionRef, "must be a track and section slug, track/section"));
const fields = {
  /** The interview day, YYYY-MM-DD, or null for no plan. */
  date: () => z.nullable(z.string().check(z.refine(isCalendarDay, "must be a calendar day YYYY-MM-DD"))),
  /** Tracks in scope, and sections that narrow their own track (plan-scope.ts); empty lists mean everything. */
  scope: () => z.object({ tracks: z.array(slug()), sections: z.array(section()) }),
  minutesPerDay: () => z.nullable(z.number().check(z.int(), z.gte(1), z.lte(maxMinutesPerDay))),
  /** The hour a plan day starts, local time. */
  dayStartHour: () => z.number().check(z.int(), z.gte(0), z.lte(23)),
  /** FSRS parameters imported by the user, used instead of the defaults; null for the defaults. */
  parameters: () => z.nullable(z.array(z.number().check(z.refine(Number.isFinite, "must be a finite number")))),
  updatedAt: pastIsoDate,
};

function buildPlanSchema() {
  return z.object({
    version: z.literal(planVersion),
    date: fields.date(),
    scope: fields.scope(),
    minutesPerDay: fields.minutesPerDay(),
    dayStartHour: fields.dayStartHour(),
    parameters: fields.parameters(),
    updatedAt: fields.updatedAt(),
  });
}

export type PlanSettings = z.infer<ReturnType<typeof buildPlanSchema>>;
const planSchema = once(buildPlanSchema);
const fieldNames = Object.keys(fields) as (keyof typeof fields)[];

export const emptyPlan = (): PlanSettings => ({
  version: planVersion,
  date: null,
  scope: { tracks: [], sections: [] },
  minutesPerDay: null,
  dayStartHour: defaultDayStartHour,
  parameters: null,
  updatedAt: new Date(0).toISOString(),
});

/** A version 1 scope's bare section slugs, named as sections of the only track there was then. */
function qualifySections(scope: unknown): unknown {
  if (typeof scope !== "object" || scope === null || !("sections" in scope) || !Array.isArray(scope.sections)) {
    return scope;
  }
  const sections = scope.sections.map((s: unknown) => (typeof s === "string" ? sectionRef(firstTrack, s) : s));
  return { ...scope, sections };
}

export function decodePlan(json: unknown): Decoded<PlanSettings> {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return { kind: "unreadable", why: "it is not a Followup plan" };
  }
  const raw = json as Record<string, unknown>;
  if (typeof raw.version !== "number" || !Number.isInteger(raw.version) || raw.version < 1) {
    return { kind: "unreadable", why: "it is not a Followup plan" };
  }
  const plan: Record<string, unknown> = { ...emptyPlan() };
  const fromV1 = raw.version === 1 ? { scope: qualifySections(raw.scope) } : {};
  const setAside: string[] = [];
  for (const name of fieldNames) {
    if (!(name in raw)) continue;
    const parsed = planSchema().shape[name].safeParse(name in fromV1 ? fromV1.scope : raw[name]);
    // Imported parameters pass the same checks as those pasted on /plan, and are lifted the same way.
    const checked = name === "parameters" && Array.isArray(parsed.data) ? checkParameters(parsed.data) : null;
    if (checked && !checked.ok) {
      const first = checked.errors[0]!;
      setAside.push(first.startsWith("parameters:") ? first : `parameters.${first}`);
    } else if (checked) plan[name] = checked.parameters;
    else if (parsed.success) plan[name] = parsed.data;
    else {
      const issue = describeIssue(parsed.error);
      setAside.push(parsed.error.issues[0]?.path.length ? `${name}.${issue}` : `${name}: ${issue}`);
    }
  }
  const value = planSchema().parse(plan);
  if (raw.version > planVersion) return { kind: "newer", version: raw.version, value };
  return raw.version < planVersion
    ? { kind: "ok", value, setAside, migratedFrom: raw.version }
    : { kind: "ok", value, setAside };
}

export function mergePlan(base: PlanSettings, incoming: PlanSettings): Merged<PlanSettings> {
  const newer = Date.parse(incoming.updatedAt) > Date.parse(base.updatedAt);
  return { value: newer ? incoming : base, changed: newer };
}

export const planRecord: RecordKind<PlanSettings> = {
  key: planKey,
  label: "Interview plan",
  empty: emptyPlan,
  decode: decodePlan,
  merge: mergePlan,
};
