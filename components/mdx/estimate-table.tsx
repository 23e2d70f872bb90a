import type { Figure } from "@/lib/estimate";

/** `1.2 × 10³ writes/s`, the exponent set as a superscript. */
export function PowerOfTenText({ figure }: { figure: Figure }) {
  return (
    <>
      {figure.power.mantissa} × 10<sup>{figure.power.exponent}</sup> {figure.powerUnit}
    </>
  );
}

/**
 * The computed figures of an estimate. The server renders it with the authored inputs, so the
 * page is right before any script runs; the island renders the same table as inputs change.
 */
export function EstimateTable({
  figures,
  caption,
  live = false,
}: {
  figures: readonly Figure[];
  caption: string;
  /** Announce changed figures politely, for the island whose figures follow its inputs. */
  live?: boolean;
}) {
  return (
    <div
      className="table-scroll estimate-figures"
      role="region"
      aria-label={caption}
      tabIndex={0}
      aria-live={live ? "polite" : undefined}
    >
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Estimate</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => (
            <tr key={figure.key} data-figure={figure.key}>
              <th scope="row">{figure.label}</th>
              <td>
                <span className="estimate-value">{figure.text}</span>{" "}
                <span className="estimate-power">
                  <PowerOfTenText figure={figure} />
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
