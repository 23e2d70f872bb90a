import path from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Whether the module at `url` is the script Node was asked to run, so a build step can be both a
 * command of its own and a function the build calls in its own process (lib/tooling/cli/build.ts).
 */
export const isMain = (url: string): boolean =>
  process.argv[1] !== undefined && pathToFileURL(path.resolve(process.argv[1])).href === url;
