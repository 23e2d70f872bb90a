import { z } from "zod";
import { slugPattern } from "@/lib/slug";
import { difficulties } from "./difficulty";

export { difficulties };

/** Ids and slugs are kebab-case so they are safe in URLs, anchors and storage keys. */
export const kebab = z
  .string()
  .regex(slugPattern, "must be kebab-case (a-z, 0-9 and single hyphens)");

export const difficultySchema = z.enum(difficulties);

export const sectionSchema = z.strictObject({
  slug: kebab,
  title: z.string().min(3).max(80),
  summary: z.string().min(20).max(200),
  /** How many questions the section is meant to hold; the content tests hold it to that. */
  questionCount: z.int().positive().optional(),
});

/** One entry of the track's tag vocabulary; questions may only use slugs listed here. */
export const tagSchema = z.strictObject({
  slug: kebab,
  /** Shown wherever the tag is shown: the question page, filters and search. */
  title: z.string().min(2).max(40),
  description: z.string().min(10).max(140),
});

export const trackSchema = z.strictObject({
  slug: kebab,
  title: z.string().min(3).max(80),
  summary: z.string().min(20).max(300),
  sections: z.array(sectionSchema).min(1),
  tags: z.array(tagSchema).min(1),
  /** The versions this track's answers are written for, as one sentence shown on its pages only. */
  versions: z.string().min(10).max(200).optional(),
});

export const followUpSchema = z.strictObject({
  question: z.string().min(10).max(300),
  answer: z.string().min(20).max(1200),
});

/**
 * A concept question is answered in prose; a design question is a whole design round (scope,
 * estimates, a diagram, trade-offs, a deep-dive ladder) and is what the mock's design round asks.
 */
export const questionKinds = ["concept", "design"] as const;

/** Fields every question has, original or imported. */
const questionCore = {
  kind: z.enum(questionKinds).default("concept"),
  id: kebab,
  title: z.string().min(8).max(140),
  section: kebab,
  order: z.int().positive(),
  difficulty: difficultySchema,
  tags: z.array(kebab).min(1).max(8),
  summary: z.string().min(20).max(200),
  related: z.array(kebab).default([]),
};

/** Frontmatter of one question written for this site (no `status`): every part is required. */
export const frontmatterSchema = z.strictObject({
  ...questionCore,
  interviewerIntent: z.array(z.string().min(10).max(300)).min(2).max(6),
  redFlag: z.string().min(30).max(800),
  followUps: z.array(followUpSchema).min(3).max(8),
});

/** Where a question with a `status` came from: converted by the importer, or a draft being written. */
export const questionStatuses = ["imported", "draft"] as const;

/** A follow-up of an imported page; most pages give no answer, so practice asks it as a recall prompt. */
export const importedFollowUpSchema = z.strictObject({
  question: z.string().min(3).max(600),
  answer: z.string().min(1).max(3000).optional(),
});

/**
 * Frontmatter of an imported or draft question. Source pages often lack a red flag, intent or
 * follow-up answers, so those are optional here, and the page and practice say what is missing.
 */
export const importedFrontmatterSchema = z.strictObject({
  ...questionCore,
  title: z.string().min(3).max(200),
  status: z.enum(questionStatuses),
  interviewerIntent: z.array(z.string().min(3).max(1000)).max(20).default([]),
  redFlag: z.string().min(3).max(3000).optional(),
  followUps: z.array(importedFollowUpSchema).max(30).default([]),
});

/** Any question's frontmatter: the `status` field decides which schema checks it. */
export const anyFrontmatterSchema = z.union([frontmatterSchema, importedFrontmatterSchema]);

/** Original questions stay strict; only a file that declares a `status` gets the imported rules. */
export function frontmatterSchemaFor(data: unknown) {
  return data !== null && typeof data === "object" && "status" in data ? importedFrontmatterSchema : frontmatterSchema;
}

export type { Difficulty } from "./difficulty";
export type Section = z.infer<typeof sectionSchema>;
export type Tag = z.infer<typeof tagSchema>;
export type Track = z.infer<typeof trackSchema>;
export type FollowUp = z.infer<typeof followUpSchema>;
export type Frontmatter = z.infer<typeof anyFrontmatterSchema>;
export type ImportedFollowUp = z.infer<typeof importedFollowUpSchema>;
export type QuestionStatus = (typeof questionStatuses)[number];
export type QuestionKind = (typeof questionKinds)[number];
