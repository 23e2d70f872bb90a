/** Fired on window when the note panel saves, so the title's note link updates in the same tab. */
export const noteSavedEvent = "followup:note-saved";

/** The note panel's heading, where the title's jump link leads. */
export const noteTargetId = "your-note";
