import "client-only";
import { useId } from "react";
import type { Outline } from "@/lib/deck";
import { isCalendarDay, maxMinutesPerDay, type PlanSettings, inPlanScope, sectionRef } from "@/lib/plan/client";
import { changePlan } from "@/components/progress/client";

const hours = Array.from({ length: 24 }, (_, h) => h);

/** The interview date, minutes a day, when a day starts, and which sections are in scope. */
export function PlanSettingsForm({
  settings,
  outline,
  today,
  readOnly,
}: {
  settings: PlanSettings;
  outline: Outline;
  today: string;
  readOnly: boolean;
}) {
  const id = useId();
  const trackSlugs = outline.tracks.map((t) => t.slug);
  const inScope = (s: Outline["sections"][number]) => inPlanScope(settings.scope, s.track, s.slug);
  function toggle(track: string, slug: string, on: boolean) {
    const ofTrack = outline.sections.filter((s) => s.track === track);
    const current = ofTrack.filter(inScope).map((s) => s.slug);
    const next = on ? [...current, slug] : current.filter((s) => s !== slug);
    const tracksOn = trackSlugs.filter((t) => outline.sections.some((s) => s.track === t && inScope(s)));
    const nextTracks = next.length === 0 ? tracksOn.filter((t) => t !== track) : [...new Set([...tracksOn, track])];
    // The plan keeps at least one section.
    if (nextTracks.length === 0) return;
    // Other tracks' choices are kept. A track with every section chosen is stored as none chosen,
    // which also takes in sections added later; every track chosen is stored as no track named.
    const others = settings.scope.sections.filter((ref) => !ref.startsWith(`${track}/`));
    const mine = next.length === 0 || next.length === ofTrack.length ? [] : next.map((s) => sectionRef(track, s));
    changePlan({
      scope: {
        tracks: nextTracks.length === trackSlugs.length ? [] : trackSlugs.filter((t) => nextTracks.includes(t)),
        sections: [...others, ...mine],
      },
    });
  }
  const checkboxes = (sections: Outline["sections"]) =>
    sections.map((s) => (
      <label key={`${s.track}/${s.slug}`} className="chip">
        <input
          type="checkbox"
          checked={inScope(s)}
          onChange={(e) => toggle(s.track, s.slug, e.currentTarget.checked)}
        />{" "}
        {s.title}
      </label>
    ));
  return (
    <form className="plan-settings" onSubmit={(e) => e.preventDefault()}>
      <fieldset disabled={readOnly}>
        <legend className="visually-hidden">Plan settings</legend>
        <p>
          <label htmlFor={`${id}-date`}>Interview date</label>{" "}
          <input
            id={`${id}-date`}
            type="date"
            min={today}
            value={settings.date ?? ""}
            onChange={(e) => {
              const value = e.currentTarget.value;
              if (value === "" || isCalendarDay(value)) changePlan({ date: value === "" ? null : value });
            }}
          />{" "}
          {settings.date ? (
            <button type="button" className="button-quiet" onClick={() => changePlan({ date: null })}>
              Remove the date
            </button>
          ) : null}
        </p>
        <p>
          <label htmlFor={`${id}-minutes`}>Minutes a day (optional)</label>{" "}
          <input
            id={`${id}-minutes`}
            type="number"
            inputMode="numeric"
            min={1}
            max={maxMinutesPerDay}
            value={settings.minutesPerDay ?? ""}
            onChange={(e) => {
              const n = e.currentTarget.valueAsNumber;
              if (e.currentTarget.value === "") changePlan({ minutesPerDay: null });
              else if (Number.isInteger(n) && n >= 1 && n <= maxMinutesPerDay) changePlan({ minutesPerDay: n });
            }}
          />
        </p>
        <p>
          <label htmlFor={`${id}-hour`}>A new day starts at</label>{" "}
          <select
            id={`${id}-hour`}
            value={settings.dayStartHour}
            onChange={(e) => changePlan({ dayStartHour: Number(e.currentTarget.value) })}
          >
            {hours.map((h) => (
              <option key={h} value={h}>
                {String(h).padStart(2, "0")}:00
              </option>
            ))}
          </select>
        </p>
        <fieldset className="plan-scope">
          <legend>Sections in the plan</legend>
          {outline.tracks.length > 1
            ? outline.tracks.map((t) => (
                <fieldset key={t.slug} className="plan-scope-track">
                  <legend>{t.title}</legend>
                  {checkboxes(outline.sections.filter((s) => s.track === t.slug))}
                </fieldset>
              ))
            : checkboxes(outline.sections)}
        </fieldset>
      </fieldset>
    </form>
  );
}
