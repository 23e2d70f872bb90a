import { createRequire } from "node:module";
import path from "node:path";
import ts from "typescript";
import type { CodeFence } from "@/lib/content/code-fences";
import type { ContentError } from "@/lib/content/errors";
import { packageImports } from "./imports";

/**
 * Rules that libraries enforce when the code runs and that their types cannot express. Each one
 * reads string literals from the fence's syntax tree, so it needs no server and no network.
 */
interface Rule {
  code: string;
  /** A message when the call or property breaks the rule, otherwise undefined. */
  check(node: ts.Node, context: RuleContext): string | undefined;
}

interface RuleContext {
  parsePath: (route: string) => void;
  /** Throws helmet's own error for a Content-Security-Policy directive it refuses. */
  checkCspDirective: (name: string, values: string[]) => void;
  /** Packages the fence imports. */
  imports: Set<string>;
}

/** The text a string or template literal fixes, with each `${…}` left out. */
function staticText(node: ts.Expression): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join("");
  return undefined;
}

const propertyName = (node: ts.PropertyAssignment) =>
  ts.isIdentifier(node.name) || ts.isStringLiteral(node.name) ? node.name.text : undefined;

// bullmq's Job.validateOptions: a custom id may not contain ':' and may not be an integer. Ids of
// exactly three ':'-separated parts still pass, for old repeatable jobs, but its source marks that
// exception for removal, so any ':' is refused here.
const bullmqJobId: Rule = {
  code: "bullmq-job-id",
  check(node) {
    if (!ts.isPropertyAssignment(node) || propertyName(node) !== "jobId") return undefined;
    const text = staticText(node.initializer);
    if (text?.includes(":"))
      return `BullMQ rejects a custom jobId containing ':' ("Custom Id cannot contain :"); use '-' or '_'`;
    if (ts.isStringLiteral(node.initializer) && /^\d+$/.test(text ?? ""))
      return `BullMQ rejects a custom jobId that is an integer`;
    return undefined;
  },
};

// bullmq's QueueBase: the queue name becomes part of every Redis key, so ':' is refused.
const bullmqQueueName: Rule = {
  code: "bullmq-queue-name",
  check(node, { imports }) {
    if (!imports.has("bullmq") || !ts.isNewExpression(node) || !ts.isIdentifier(node.expression)) return undefined;
    if (!["Queue", "Worker", "QueueEvents"].includes(node.expression.text)) return undefined;
    const name = node.arguments?.[0] && staticText(node.arguments[0]);
    return name?.includes(":") ? `BullMQ rejects a queue name containing ':'` : undefined;
  },
};

const ROUTE_METHODS = new Set(["get", "post", "put", "patch", "delete", "all", "use", "route"]);
const ROUTER_RECEIVER = /^(app|router|\w*Router|api)$/;

// Express 5 matches paths with path-to-regexp 8, which throws at registration on Express 4 forms
// such as "*" or "/:id?".
const expressRoutePath: Rule = {
  code: "express-route-path",
  check(node, { parsePath }) {
    if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return undefined;
    const { expression: receiver, name } = node.expression;
    if (!ROUTE_METHODS.has(name.text) || !ts.isIdentifier(receiver) || !ROUTER_RECEIVER.test(receiver.text))
      return undefined;
    const first = node.arguments[0];
    const route =
      first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) ? first.text : undefined;
    if (route === undefined || !(route.startsWith("/") || route === "*")) return undefined;
    try {
      parsePath(route);
      return undefined;
    } catch (error) {
      return `Express 5 cannot register the path "${route}": ${(error as Error).message.replace(/; visit .*$/, "")}`;
    }
  },
};

// helmet validates CSP directives when the middleware is created: keywords such as 'self' must keep
// their single quotes inside the string. The string literals of each directive go through helmet.
const helmetCspDirective: Rule = {
  code: "helmet-csp",
  check(node, { imports, checkCspDirective }) {
    if (!imports.has("helmet") || !ts.isPropertyAssignment(node) || !ts.isArrayLiteralExpression(node.initializer))
      return undefined;
    const directives = node.parent;
    const owner = directives.parent;
    if (!ts.isPropertyAssignment(owner) || propertyName(owner) !== "directives") return undefined;
    const name = propertyName(node);
    const values = node.initializer.elements.filter(ts.isStringLiteral).map((e) => e.text);
    if (name === undefined || values.length === 0) return undefined;
    try {
      checkCspDirective(name, values);
      return undefined;
    } catch (error) {
      return `helmet refuses this directive: ${(error as Error).message}`;
    }
  },
};

const rules = [bullmqJobId, bullmqQueueName, expressRoutePath, helmetCspDirective];

export function checkRuntimeRules(fences: CodeFence[], workspace: string): ContentError[] {
  const require = createRequire(path.join(workspace, "package.json"));
  const { parse } = require("path-to-regexp") as { parse: (route: string) => unknown };
  const parsePath = (route: string) => void parse(route);
  const helmet = require("helmet") as (options: object) => unknown;
  const checkCspDirective = (name: string, values: string[]) =>
    void helmet({ contentSecurityPolicy: { directives: { [name]: values } } });
  const errors: ContentError[] = [];
  for (const fence of fences) {
    const context: RuleContext = {
      parsePath,
      checkCspDirective,
      imports: new Set(packageImports(fence.value).map((i) => i.name)),
    };
    const kind = fence.lang === "ts" ? ts.ScriptKind.TS : ts.ScriptKind.JS;
    const source = ts.createSourceFile("fence", fence.value, ts.ScriptTarget.Latest, true, kind);
    const visit = (node: ts.Node) => {
      for (const rule of rules) {
        const message = rule.check(node, context);
        if (message === undefined) continue;
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
        errors.push({ file: fence.file, line: fence.line + 1 + line, field: rule.code, message });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return errors;
}
