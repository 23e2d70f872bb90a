import {
  availabilitySchema,
  downtimePeriods,
  estimateFieldNames,
  estimateFields,
  estimateSchema,
  type EstimateField,
  type EstimateTexts,
} from "@/lib/estimate";
import { LazyEstimate } from "./estimate-lazy.client";
import "./estimate.css";

type Attributes = Readonly<Record<string, string | undefined>>;

/** The content check has already refused bad attributes; reaching this is a bug in that check. */
function parsed<T>(result: { success: true; data: T } | { success: false; error: Error }, block: string): T {
  if (!result.success) throw new Error(`<${block}> reached the page with invalid attributes: ${result.error.message}`);
  return result.data;
}

/** `<Estimate>`: checked here, then drawn by the island with the figures computed from its inputs. */
export function Estimate(props: Attributes) {
  const { title } = parsed(estimateSchema.safeParse(props), "Estimate");
  const authored = Object.fromEntries(
    estimateFieldNames.map((name) => {
      const field: EstimateField = estimateFields[name];
      return [name, (props[name] ?? field.fallback ?? "").trim()];
    }),
  ) as EstimateTexts;
  return <LazyEstimate title={title} authored={authored} />;
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
              <th scope="row">{`${row.target}%`}</th>
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
