/**
 * The project's own import graph, read statically from the source (TypeScript's parser, no
 * bundler), for the boundary report and the boundary tests. A file belongs to a feature when it
 * lives in `lib/<feature>/` or `components/<feature>/`; a feature's public entries are its
 * `index.ts` (either side), `client.ts` (browser only), `server.ts` (build time only) and
 * `node.ts` (Node code that also loads outside Next, so it carries no marker).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export const sourceRoots = ["app", "components", "lib"] as const;
export const entryNames = ["index.ts", "client.ts", "server.ts", "node.ts"] as const;

const sourcePattern = /\.(ts|tsx|mjs|js)$/;
const resolveSuffixes = ["", ".ts", ".tsx", ".mjs", ".js", "/index.ts", "/index.tsx"];

export type ImportEdge = {
  from: string;
  to: string;
  specifier: string;
  /** Erased by TypeScript (`import type`, or only `type` names), so no code follows it. */
  typeOnly: boolean;
};

export type SourceFile = {
  file: string;
  text: string;
  imports: ImportEdge[];
};

/** Every source file under app/, components/ and lib/, as a path relative to the root, with `/`. */
export function listSources(root: string): string[] {
  return sourceRoots.flatMap((dir) =>
    readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
      .filter((file) => sourcePattern.test(file) && !file.endsWith(".d.ts"))
      .map((file) => `${dir}/${file.split(path.sep).join("/")}`)
      .sort(),
  );
}

function resolveSpecifier(root: string, from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.posix.join(path.posix.dirname(from), specifier);
  else return undefined;
  for (const suffix of resolveSuffixes) {
    const candidate = base + suffix;
    const full = path.join(root, candidate);
    if (existsSync(full) && statSync(full).isFile()) return candidate;
  }
  return undefined;
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  if (clause.name || !bindings || !ts.isNamedImports(bindings)) return false;
  return bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly);
}

function isTypeOnlyExport(node: ts.ExportDeclaration): boolean {
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return (
    !!clause && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly)
  );
}

/** The module specifiers a file imports, re-exports or loads with `import()`. */
export function readImports(file: string, text: string): { specifier: string; typeOnly: boolean }[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const found: { specifier: string; typeOnly: boolean }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: isTypeOnlyImport(node) });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: isTypeOnlyExport(node) });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false });
    } else if (ts.isImportTypeNode(node)) {
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** One file (relative to the root) with its resolved imports of the project's own files. */
export function readSource(root: string, file: string): SourceFile {
  const text = readFileSync(path.join(root, file), "utf8");
  const imports = readImports(file, text).flatMap(({ specifier, typeOnly }) => {
    const to = resolveSpecifier(root, file, specifier);
    return to ? [{ from: file, to, specifier, typeOnly }] : [];
  });
  return { file, text, imports };
}

/** Every source file with its resolved imports of the project's own files. */
export function readGraph(root: string): SourceFile[] {
  return listSources(root).map((file) => readSource(root, file));
}

/** `lib/progress` for `lib/progress/plan/days.ts`; undefined for app/ and lib's loose files. */
export function featureOf(file: string): string | undefined {
  const [top, folder, rest] = file.split("/", 3);
  if ((top === "lib" || top === "components") && folder && rest !== undefined) return `${top}/${folder}`;
  return undefined;
}

/**
 * A feature's entries, and each of its client islands (`*.client.tsx`, at the feature's top):
 * Next ships every island a page's imports reach, so islands are imported by their own path,
 * never through a barrel that would ship its other islands too.
 */
export function isEntry(file: string): boolean {
  const feature = featureOf(file);
  if (!feature) return false;
  if (file.endsWith(".client.tsx") && path.posix.dirname(file) === feature) return true;
  return entryNames.some((name) => file === `${feature}/${name}`);
}

/** Imports from outside a feature that reach one of its files other than its entries. */
export function deepImports(graph: SourceFile[]): ImportEdge[] {
  return graph.flatMap(({ imports }) =>
    imports.filter(({ from, to }) => {
      const target = featureOf(to);
      // A stylesheet has no exports to hide, so importing one is not reaching into internals.
      return !!target && featureOf(from) !== target && !isEntry(to) && !to.endsWith(".css");
    }),
  );
}

/** Feature-to-feature dependencies: `lib/mock` → {`lib/progress`, ...}. */
export function featureDependencies(graph: SourceFile[]): Map<string, Set<string>> {
  const deps = new Map<string, Set<string>>();
  for (const { imports } of graph) {
    for (const { from, to } of imports) {
      const source = featureOf(from);
      const target = featureOf(to);
      if (!source || !target || source === target) continue;
      deps.set(source, (deps.get(source) ?? new Set()).add(target));
    }
  }
  return deps;
}

/** Groups of features that import each other, directly or through others (Tarjan's SCCs). */
export function featureCycles(deps: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of deps.get(node) ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1) cycles.push(group.sort());
  };
  for (const node of [...deps.keys()].sort()) if (!index.has(node)) connect(node);
  return cycles;
}

/** Pairs of features that import each other directly: the imports a cycle is closed by. */
export function mutualPairs(deps: Map<string, Set<string>>): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [a, targets] of deps) {
    for (const b of targets) if (a < b && deps.get(b)?.has(a)) pairs.push([a, b]);
  }
  return pairs.sort();
}
