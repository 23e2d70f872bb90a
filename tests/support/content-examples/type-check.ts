import path from "node:path";
import ts from "typescript";
import type { CodeFence } from "@/lib/content/code-fences";
import type { ContentError } from "@/lib/content/errors";
import { isLibraryMisuse } from "./diagnostic-policy";

const options: ts.CompilerOptions = {
  allowJs: true,
  checkJs: true,
  noEmit: true,
  strict: false,
  skipLibCheck: true,
  esModuleInterop: true,
  resolveJsonModule: true,
  target: ts.ScriptTarget.ES2023,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  types: ["node"],
};

export interface TypeCheckInput {
  fences: CodeFence[];
  /** The workspace whose node_modules the fences resolve against. */
  workspace: string;
  /** Declaration files that name the properties apps add to library objects (`req.user`). */
  ambient: string[];
}

/** The headline and, for a chain, its deepest first reason: "No overload matches this call: … 'conection' …". */
function summarise(text: string | ts.DiagnosticMessageChain): string {
  if (typeof text === "string") return text;
  let leaf = text;
  while (leaf.next?.[0]) leaf = leaf.next[0];
  return leaf === text ? text.messageText : `${text.messageText.replace(/\.$/, "")}: ${leaf.messageText}`;
}

const extensionOf = (fence: CodeFence) => (fence.lang === "ts" ? ".mts" : fence.meta.cjs ? ".cjs" : ".mjs");

/** Type-checks each fence as a module inside the workspace, against the packages' own types. */
export function typeCheckFences({ fences, workspace, ambient }: TypeCheckInput): ContentError[] {
  const virtual = new Map<string, CodeFence>();
  fences.forEach((fence, i) => virtual.set(path.join(workspace, ".fences", `fence-${i}${extensionOf(fence)}`), fence));

  const compilerOptions = { ...options, typeRoots: [path.join(workspace, "node_modules", "@types")] };
  const host = ts.createCompilerHost(compilerOptions);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (file) => virtual.has(file) || fileExists.call(host, file);
  host.readFile = (file) => virtual.get(file)?.value ?? readFile.call(host, file);
  host.getSourceFile = (file, language, ...rest) => {
    const fence = virtual.get(file);
    return fence
      ? ts.createSourceFile(file, fence.value, language, true)
      : getSourceFile.call(host, file, language, ...rest);
  };

  const program = ts.createProgram({
    rootNames: [...virtual.keys(), ...ambient],
    options: compilerOptions,
    host,
  });

  const checker = program.getTypeChecker();
  const errors: ContentError[] = [];
  for (const [file, fence] of virtual) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    for (const diagnostic of diagnostics) {
      if (!isLibraryMisuse(diagnostic, source, checker)) continue;
      const message = summarise(diagnostic.messageText);
      const line = source.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line;
      errors.push({ file: fence.file, line: fence.line + 1 + line, field: `TS${diagnostic.code}`, message });
    }
  }
  return errors;
}
