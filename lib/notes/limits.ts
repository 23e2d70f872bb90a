/** The longest note kept; shared by the record and the editor. */
export const maxNoteLength = 4000;
