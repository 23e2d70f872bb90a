import { builtinModules } from "node:module";
import ts from "typescript";

export interface PackageImport {
  /** The package as npm names it: `express`, `@aws-sdk/client-s3`. */
  name: string;
  /** The text after `from` or inside `require()`: `express`, `@aws-sdk/client-s3/dist`. */
  specifier: string;
  /** Zero-based line inside the fence. */
  line: number;
}

const builtins = new Set(builtinModules);

/** `@scope/pkg/sub` -> `@scope/pkg`, `pkg/sub` -> `pkg`; undefined for relative paths and Node built-ins. */
export function packageName(specifier: string): string | undefined {
  if (specifier.startsWith(".") || specifier.startsWith("/") || specifier.startsWith("node:")) return undefined;
  const parts = specifier.split("/");
  const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
  if (!name || builtins.has(name)) return undefined;
  return name;
}

/** Every `import … from`, `import()` and `require()` of a third-party package in a fence. */
export function packageImports(code: string): PackageImport[] {
  const { importedFiles } = ts.preProcessFile(code, true, true);
  const found: PackageImport[] = [];
  for (const ref of importedFiles) {
    const name = packageName(ref.fileName);
    if (!name) continue;
    const line = code.slice(0, ref.pos).split("\n").length - 1;
    found.push({ name, specifier: ref.fileName, line });
  }
  return found;
}
