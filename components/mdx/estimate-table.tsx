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
export function EstimateTable({ figures, caption }: { figures: readonly Figure[]; caption: string }) {
  return (
    <div className="table-scroll estimate-figures" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Estimate</th>
            <th scope="col">Power of ten</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => (
            <tr key={figure.key} data-figure={figure.key}>
              <th scope="row">{figure.label}</th>
              <td className="estimate-value">{figure.text}</td>
              <td className="estimate-power">
                <PowerOfTenText figure={figure} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
