/** The id of the page's one live region for copy results, shared by CopyStatus and the handler. */
export const copyStatusId = "code-copy-status";
