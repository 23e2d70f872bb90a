import {
  estimateFigures,
  estimateFieldNames,
  estimateFields,
  availabilitySchema,
  estimateSchema,
  downtimePeriods,
} from "@/lib/estimate";
import { EstimateTable } from "./estimate-table";
import "./estimate.css";

type Attributes = Readonly<Record<string, string | undefined>>;

/** The content check has already refused bad attributes; reaching this is a bug in that check. */
function parsed<T>(result: { success: true; data: T } | { success: false; error: Error }, block: string): T {
  if (!result.success) throw new Error(`<${block}> reached the page with invalid attributes: ${result.error.message}`);
  return result.data;
}

/** `<Estimate>`: its inputs as authored and the figures the build computed from them. */
export function Estimate(props: Attributes) {
  const { title, ...values } = parsed(estimateSchema.safeParse(props), "Estimate");
  const figures = estimateFigures(values);
  return (
    <figure className="estimate" aria-label={`Estimate: ${title}`}>
      <figcaption className="estimate-title">
        <span className="callout-label">Estimate</span> {title}
      </figcaption>
      <dl className="estimate-inputs">
        {estimateFieldNames.map((name) => {
          const field = estimateFields[name];
          const fallback = "fallback" in field ? field.fallback : "";
          return (
            <div key={name} className="estimate-input">
              <dt>{field.label}</dt>
              <dd>
                {props[name] ?? fallback} <span className="estimate-unit">{field.unit}</span>
              </dd>
            </div>
          );
        })}
      </dl>
      <EstimateTable figures={figures} caption={`Figures for ${title}`} />
    </figure>
  );
}

/** `<Availability>`: the downtime each target allows per year, month and week. */
export function Availability(props: Attributes) {
  const { targets } = parsed(availabilitySchema.safeParse(props), "Availability");
  return (
    <div className="table-scroll availability" role="region" aria-label="Allowed downtime" tabIndex={0}>
      <table>
        <caption className="visually-hidden">Allowed downtime by availability target</caption>
        <thead>
          <tr>
            <th scope="col">Availability</th>
            {downtimePeriods.map((period) => (
              <th key={period.key} scope="col">
                {period.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {targets.map((row) => (
            <tr key={row.target}>
              <th scope="row">{row.target}%</th>
              {downtimePeriods.map((period) => (
                <td key={period.key}>{row.downtime[period.key]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
