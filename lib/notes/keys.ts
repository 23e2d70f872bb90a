/** Where notes and bookmarks live in localStorage; shared by the records and the light readers. */
export const notesKey = "followup:notes";
export const bookmarksKey = "followup:bookmarks";
