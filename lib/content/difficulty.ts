/** Kept apart from the zod schema so browser code can list difficulties without shipping zod. */
export const difficulties = ["foundation", "intermediate", "advanced"] as const;
export type Difficulty = (typeof difficulties)[number];

export const isDifficulty = (value: string): value is Difficulty => (difficulties as readonly string[]).includes(value);
