/**
 * One zod schema per block: the attributes of `<Estimate>` and `<Availability>` as written in MDX
 * (all quoted strings), checked and turned into numbers. Used by the content check and the page.
 */
import { z } from "zod";
import { downtimeRow, maxTargets, parseTarget, type DowntimeRow } from "./availability";
import { estimateFieldNames, estimateFields, type EstimateField, type EstimateFieldName } from "./fields";
import type { Parsed } from "./quantity";

const attributeText = z.string({
  error: (issue) => (issue.input === undefined ? "is required" : "must be a quoted string"),
});

/** A string attribute read into a number, its message kept as the issue's message. */
const readWith = (read: (text: string) => Parsed) =>
  attributeText.transform((text, context) => {
    const parsed = read(text);
    if (parsed.ok) return parsed.value;
    context.issues.push({ code: "custom", message: parsed.message, input: text });
    return z.NEVER;
  });

const fieldSchema = (field: EstimateField) =>
  field.fallback === undefined
    ? readWith(field.read)
    : attributeText.default(field.fallback).pipe(readWith(field.read));

const fieldShape = Object.fromEntries(estimateFieldNames.map((name) => [name, fieldSchema(estimateFields[name])])) as {
  [Name in EstimateFieldName]: ReturnType<typeof readWith>;
};

export const estimateSchema = z.strictObject({
  title: attributeText.trim().min(3, "must be at least 3 characters").max(100, "must be at most 100 characters"),
  ...fieldShape,
});

export type EstimateAttributes = z.infer<typeof estimateSchema>;

export const availabilitySchema = z.strictObject({
  targets: attributeText.transform((text, context): DowntimeRow[] => {
    const parts = text.split(",").map((part) => part.trim());
    if (parts.length > maxTargets) {
      context.issues.push({ code: "custom", message: `lists at most ${maxTargets} targets`, input: text });
      return z.NEVER;
    }
    const rows: DowntimeRow[] = [];
    for (const part of parts) {
      const parsed = parseTarget(part);
      if (parsed.ok) rows.push(downtimeRow(part, parsed.value));
      else context.issues.push({ code: "custom", message: parsed.message, input: text });
    }
    return rows;
  }),
});

export type AvailabilityAttributes = z.infer<typeof availabilitySchema>;

/** The blocks with their own schema, by component name. */
export const blockSchemas = { Estimate: estimateSchema, Availability: availabilitySchema } as const;
export type BlockName = keyof typeof blockSchemas;

export const isBlockName = (name: string): name is BlockName => Object.hasOwn(blockSchemas, name);

/** The attribute names each block takes, for the list of allowed attributes. */
export const blockAttributes: Readonly<Record<BlockName, readonly string[]>> = {
  Estimate: Object.keys(estimateSchema.shape),
  Availability: Object.keys(availabilitySchema.shape),
};

export interface BlockProblem {
  /** The attribute at fault. */
  attribute: string;
  message: string;
}

/** Every problem with one block's attributes, at once, each naming its attribute. */
export function blockProblems(name: BlockName, attributes: Readonly<Record<string, string>>): BlockProblem[] {
  const result = blockSchemas[name].safeParse(attributes);
  if (result.success) return [];
  return result.error.issues.flatMap((issue): BlockProblem[] => {
    if (issue.code === "unrecognized_keys") {
      const takes = blockAttributes[name].join(", ");
      return issue.keys.map((key) => ({ attribute: key, message: `unknown attribute; <${name}> takes ${takes}` }));
    }
    return [{ attribute: String(issue.path[0] ?? "attributes"), message: issue.message }];
  });
}
