/**
 * The feature folders and what each may import: a feature lists only features below it, so no
 * import can close a cycle. eslint.config.mjs turns this into import rules, and
 * tests/unit/feature-boundaries.test.ts checks the real import graph against it.
 * @type {Record<string, string[]>}
 */
export const featureDependencies = {
  "lib/url": [],
  "lib/storage": ["lib/url"],
  "lib/notes": ["lib/storage"],
  "lib/pwa": ["lib/storage"],
  "lib/plan": ["lib/storage"],
  "lib/diagrams": [],
  "lib/estimate": [],
  "lib/mdx": ["lib/diagrams", "lib/estimate"],
  "lib/content": ["lib/diagrams", "lib/mdx", "lib/url"],
  "lib/deck": ["lib/content"],
  "lib/progress": ["lib/deck", "lib/notes", "lib/plan", "lib/storage", "lib/url"],
  "lib/practice": ["lib/content", "lib/deck", "lib/notes", "lib/plan", "lib/progress", "lib/storage", "lib/url"],
  "lib/mock": ["lib/content", "lib/deck", "lib/progress", "lib/storage", "lib/url"],
  "lib/voice": ["lib/content", "lib/progress", "lib/storage"],
  "lib/backups": ["lib/mock", "lib/notes", "lib/plan", "lib/progress", "lib/storage"],
  "lib/search": ["lib/content", "lib/notes", "lib/progress", "lib/url"],
  "lib/import": ["lib/content", "lib/mdx"],
  "lib/social-image": ["lib/mdx"],
  // Command-line scripts sit on top; they hash the theme script to allow it in the CSP.
  "lib/tooling": ["components/theme", "lib/content", "lib/diagrams", "lib/import", "lib/mdx", "lib/search"],
  "components/ui": [],
  "components/shared": [],
  "components/theme": ["lib/storage"],
  "components/pwa": ["lib/pwa"],
  "components/voice": ["components/shared", "lib/voice"],
  "components/mdx": ["components/shared", "lib/estimate", "lib/mdx"],
  "components/question": ["components/mdx", "components/shared", "lib/content", "lib/mdx", "lib/progress", "lib/url"],
  "components/track": ["components/mdx", "components/question", "components/shared", "lib/content", "lib/url"],
  "components/notes": ["components/shared", "lib/notes"],
  "components/search": ["components/shared", "lib/notes", "lib/search"],
  "components/browse": [
    "components/question",
    "components/shared",
    "lib/content",
    "lib/notes",
    "lib/progress",
    "lib/search",
  ],
  "components/layout": ["components/search", "components/theme"],
  "components/card": [
    "components/mdx",
    "components/question",
    "components/shared",
    "lib/deck",
    "lib/practice",
    "lib/progress",
    "lib/voice",
  ],
  "components/progress": [
    "components/shared",
    "components/track",
    "components/voice",
    "lib/backups",
    "lib/deck",
    "lib/notes",
    "lib/plan",
    "lib/practice",
    "lib/progress",
    "lib/pwa",
    "lib/storage",
    "lib/url",
  ],
  "components/plan": ["components/card", "components/progress", "lib/deck", "lib/plan", "lib/progress"],
  "components/practice": [
    "components/card",
    "components/notes",
    "components/progress",
    "components/question",
    "components/shared",
    "components/track",
    "components/voice",
    "lib/content",
    "lib/deck",
    "lib/notes",
    "lib/practice",
    "lib/progress",
    "lib/pwa",
    "lib/url",
    "lib/voice",
  ],
  "components/mock": [
    "components/card",
    "components/notes",
    "components/progress",
    "components/question",
    "components/shared",
    "components/track",
    "components/voice",
    "lib/deck",
    "lib/mdx",
    "lib/mock",
    "lib/progress",
    "lib/url",
  ],
};

/**
 * A feature's public entries: `index` runs on either side, `client` only in the browser
 * (`client-only`), `server` only at build time (`server-only`), and `node` is Node code that also
 * loads outside Next (Playwright, plain tsx), where the server-only marker would throw.
 */
export const entryNames = ["index", "client", "server", "node"];
