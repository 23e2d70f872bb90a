/** Fragment ids of a question's fixed panels and follow-ups, shared by the panels and the contents. */
export const panelIds = (questionId: string) => ({
  intent: `${questionId}--interviewer`,
  redFlag: `${questionId}--red-flag`,
  followUps: `${questionId}--follow-ups`,
  followUp: (index: number) => `${questionId}--follow-up-${index + 1}`,
});
