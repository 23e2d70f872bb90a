import * as z from "zod/mini";

/** The mock's interviewer voice: off unless chosen, one of the device's own voices, a speaking rate. */
export const interviewerSettingsSchema = z.object({
  on: z.boolean(),
  /** A voice's `voiceURI`; empty means the device's default local voice. */
  voice: z.string(),
  rate: z.number().check(z.gte(0.5), z.lte(2)),
});

export type InterviewerSettings = z.infer<typeof interviewerSettingsSchema>;

export const interviewerSettingsKey = "followup:interviewer-voice";
export const defaultInterviewerSettings: InterviewerSettings = { on: false, voice: "", rate: 1 };

/** Stored settings, or the defaults when none are stored or they do not validate. */
export function decodeInterviewerSettings(text: string | null): InterviewerSettings {
  if (text === null) return defaultInterviewerSettings;
  try {
    const parsed = interviewerSettingsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : defaultInterviewerSettings;
  } catch {
    return defaultInterviewerSettings;
  }
}

/** What is read aloud: the text as shown, without the backticks that mark code. */
export const spokenText = (text: string) => text.replaceAll("`", "");
