/**
 * Reading a whole set of typed inputs at once, for the island: each field's text is read with its
 * own rule; the figures exist only when every field reads.
 */
import { estimateFieldNames, estimateFields, type EstimateFieldName, type EstimateValues } from "./fields";

export type EstimateTexts = Record<EstimateFieldName, string>;

export type ReadInputs =
  { ok: true; values: EstimateValues } | { ok: false; problems: Partial<Record<EstimateFieldName, string>> };

export function readInputs(texts: EstimateTexts): ReadInputs {
  const values: Partial<EstimateValues> = {};
  const problems: Partial<Record<EstimateFieldName, string>> = {};
  for (const name of estimateFieldNames) {
    const parsed = estimateFields[name].read(texts[name]);
    if (parsed.ok) values[name] = parsed.value;
    else problems[name] = parsed.message;
  }
  return Object.keys(problems).length === 0 ? { ok: true, values: values as EstimateValues } : { ok: false, problems };
}
