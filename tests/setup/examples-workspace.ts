import { ensureWorkspaceInstalled } from "@/tests/support/content-examples/workspace";

/** Vitest global setup: the code-fence checks need tests/content-examples installed (once per lockfile). */
export function setup(): void {
  ensureWorkspaceInstalled();
}
