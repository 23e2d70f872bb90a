/**
 * Where the multi-track test build (lib/tooling/cli/build-test-tracks.ts) reads and writes, shared
 * with the Playwright config that serves it and the `built` Vitest project that reads it. Paths
 * are relative to the repository root.
 */
const root = "tests/.multi-track";

export const multiTrack = {
  root,
  /** Committed fixture tracks, never shipped: `content/` holds only real tracks. */
  fixtureRoot: "tests/fixtures/tracks",
  /** An importer fixture page, imported afresh into `importedRoot` by every test build. */
  importFixture: "tests/fixtures/import/answer-labels/page.mdx",
  importedSlug: "imported",
  importedRoot: `${root}/content`,
  outDir: `${root}/out`,
} as const;
