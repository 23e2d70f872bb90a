import { z } from "zod";
import { difficulties } from "./difficulty";

export { difficulties };

/** Ids and slugs are kebab-case so they are safe in URLs, anchors and storage keys. */
export const kebab = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9 and single hyphens)");

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
});

export const followUpSchema = z.strictObject({
  question: z.string().min(10).max(300),
  answer: z.string().min(20).max(1200),
});

/** Frontmatter of one question file. The MDX body is the model answer. */
export const frontmatterSchema = z.strictObject({
  id: kebab,
  title: z.string().min(8).max(140),
  section: kebab,
  order: z.int().positive(),
  difficulty: difficultySchema,
  tags: z.array(kebab).min(1).max(8),
  summary: z.string().min(20).max(200),
  interviewerIntent: z.array(z.string().min(10).max(300)).min(2).max(6),
  redFlag: z.string().min(30).max(800),
  followUps: z.array(followUpSchema).min(3).max(8),
  related: z.array(kebab).default([]),
});

export type { Difficulty } from "./difficulty";
export type Section = z.infer<typeof sectionSchema>;
export type Tag = z.infer<typeof tagSchema>;
export type Track = z.infer<typeof trackSchema>;
export type FollowUp = z.infer<typeof followUpSchema>;
export type Frontmatter = z.infer<typeof frontmatterSchema>;
