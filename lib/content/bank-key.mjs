/**
 * The environment variable that carries the hash of the build's inputs (lib/tooling/build/inputs-hash.mjs)
 * to every process that loads the bank. Plain JavaScript, so next.config.mjs can set it too.
 */
export const bankKeyVariable = "FOLLOWUP_BANK_KEY";
