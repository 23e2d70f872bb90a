/** A labelled group of checkboxes over a list of values, used by every scope and filter form. */
export function CheckboxGroup({
  legend,
  options,
  selected,
  onToggle,
}: {
  legend: string;
  options: readonly { value: string; label: string }[];
  selected: readonly string[];
  onToggle: (value: string) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="choice">
          <input type="checkbox" checked={selected.includes(o.value)} onChange={() => onToggle(o.value)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The sections to choose from, each named under its track once there is more than one track, so
 * two tracks' sections never read as one list. None ticked means every section.
 */
export function SectionGroups({
  tracks,
  sections,
  selected,
  onToggle,
}: {
  tracks: readonly { slug: string; title: string }[];
  sections: readonly { track: string; slug: string; title: string }[];
  selected: readonly string[];
  onToggle: (value: string) => void;
}) {
  const legend = "Sections (none ticked means all)";
  const optionsOf = (track?: string) =>
    sections.filter((s) => track === undefined || s.track === track).map((s) => ({ value: s.slug, label: s.title }));
  if (tracks.length < 2)
    return <CheckboxGroup legend={legend} options={optionsOf()} selected={selected} onToggle={onToggle} />;
  return (
    <fieldset className="section-groups">
      <legend>{legend}</legend>
      {tracks.map((t) => (
        <CheckboxGroup
          key={t.slug}
          legend={t.title}
          options={optionsOf(t.slug)}
          selected={selected}
          onToggle={onToggle}
        />
      ))}
    </fieldset>
  );
}
