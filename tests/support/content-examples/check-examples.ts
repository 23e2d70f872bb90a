import path from "node:path";
import type { CodeFence } from "@/lib/content/code-fences";
import type { ContentError } from "@/lib/content/errors";
import { packageImports } from "./imports";
import { checkRuntimeRules } from "./runtime-rules";
import { typeCheckFences } from "./type-check";
import { examplesWorkspace, pinnedPackages } from "./workspace";

export interface CheckExamplesOptions {
  workspace?: string;
  /** Packages the app itself pins; a fence may import them too (vitest for a test example). */
  appPackages?: ReadonlySet<string>;
}

/**
 * Checks every `js` and `ts` fence against the libraries it imports, at the versions pinned in the
 * examples workspace: each package is pinned, the fence type-checks against the package's own
 * types, and known run-time rules hold. Returns problems as content errors, sorted by file and line.
 */
export function checkCodeExamples(
  fences: CodeFence[],
  { workspace = examplesWorkspace, appPackages = new Set() }: CheckExamplesOptions = {},
): ContentError[] {
  const code = fences.filter((f) => f.lang === "js" || f.lang === "ts");
  const pinned = pinnedPackages(workspace);
  const errors: ContentError[] = [];
  const importing: CodeFence[] = [];
  for (const fence of code) {
    const imports = packageImports(fence.value);
    if (imports.length > 0) importing.push(fence);
    for (const { name, line } of imports) {
      if (pinned.has(name) || appPackages.has(name)) continue;
      const manifest = path.relative(process.cwd(), path.join(workspace, "package.json"));
      errors.push({
        file: fence.file,
        line: fence.line + 1 + line,
        field: "example-deps",
        message: `"${name}" is not pinned in ${manifest}`,
      });
    }
  }
  errors.push(
    ...typeCheckFences({ fences: importing, workspace, ambient: [path.join(workspace, "app-additions.d.ts")] }),
  );
  errors.push(...checkRuntimeRules(code, workspace));
  return errors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field));
}
