import ts from "typescript";

/**
 * Which TypeScript diagnostics in a fence count as a misuse of a library. Fences are excerpts in
 * plain JavaScript, so some diagnostics say nothing about the library's API and are dropped: names
 * defined elsewhere (`app`, `db`), the reader's own modules (`./errors.js`), JavaScript's lack of
 * `as const` (a `{ sameSite: "lax" }` kept in a variable is typed `string`), and properties read from
 * `{}`, `unknown` or a union that only needs narrowing.
 */
const FRAGMENT_CODES = new Set([
  2304, // Cannot find name 'x'.
  2552, // Cannot find name 'x'. Did you mean 'y'?
  2582, // Cannot find name 'describe' (test globals).
]);
const MISSING_MODULE_CODES = new Set([2307, 2792]);
const PROPERTY_CODES = new Set([2339, 2551]);
const ASSIGNABILITY_CODES = new Set([2322, 2345, 2769]);

/** `Type 'string' is not assignable to type '"a" | "b"'`: a literal widened by JavaScript, not a wrong value. */
const widened = /Type '(string|number)' is not assignable to type '([^']*)'/g;
const literalOf = { string: /"[^"]*"/, number: /(^|\| )-?\d/ };

function onlyWidenedLiterals(message: string): boolean {
  const matches = [...message.matchAll(widened)];
  return (
    matches.length > 0 && matches.every(([, kind, target]) => literalOf[kind as "string" | "number"].test(target ?? ""))
  );
}

const declaredInPackage = (type: ts.Type) =>
  (type.getSymbol() ?? type.aliasSymbol)?.declarations?.some((d) =>
    d.getSourceFile().fileName.includes("/node_modules/"),
  );

/**
 * The property is missing from a type a package declares, and from every other member of a union:
 * `server.address().port` on `string | AddressInfo` only needs narrowing, which JavaScript has no
 * syntax for, while a misspelt name exists on no member.
 */
function missingFromPackageType(type: ts.Type, property: string): boolean {
  const parts = type.isUnion() ? type.types : [type];
  if (parts.some((part) => part.getProperty(property) !== undefined)) return false;
  return parts.some(declaredInPackage) || (type.isIntersection() && type.types.some(declaredInPackage));
}

function tokenAt(source: ts.SourceFile, position: number): ts.Node | undefined {
  const find = (node: ts.Node): ts.Node | undefined =>
    position >= node.getStart(source) && position < node.getEnd() ? (ts.forEachChild(node, find) ?? node) : undefined;
  return find(source);
}

/** A property the code reads from an object whose type a package declares, not from `{}` or `unknown`. */
function isPackageProperty(diagnostic: ts.Diagnostic, source: ts.SourceFile, checker: ts.TypeChecker): boolean {
  const name = tokenAt(source, diagnostic.start ?? 0);
  const parent = name?.parent;
  if (!name || !ts.isIdentifier(name)) return true;
  if (parent && ts.isPropertyAccessExpression(parent))
    return missingFromPackageType(checker.getTypeAtLocation(parent.expression), name.text);
  if (parent && ts.isBindingElement(parent))
    return missingFromPackageType(checker.getTypeAtLocation(parent.parent), name.text);
  return true;
}

export function isLibraryMisuse(diagnostic: ts.Diagnostic, source: ts.SourceFile, checker: ts.TypeChecker): boolean {
  if (FRAGMENT_CODES.has(diagnostic.code)) return false;
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
  if (MISSING_MODULE_CODES.has(diagnostic.code)) return !/'\.{1,2}\//.test(message);
  if (PROPERTY_CODES.has(diagnostic.code)) return isPackageProperty(diagnostic, source, checker);
  if (ASSIGNABILITY_CODES.has(diagnostic.code)) return !onlyWidenedLiterals(message);
  return true;
}
