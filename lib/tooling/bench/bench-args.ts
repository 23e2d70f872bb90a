import { parseArgs } from "node:util";

export interface BenchArgs {
  /** Cold-and-warm build pairs; the tables show per-step medians. */
  buildRuns: number;
  /** Rounds of Lighthouse per page; the target is the median. */
  lighthouseRuns: number;
  /** Stop after the builds: no control app, browser, load tests or Lighthouse. */
  onlyBuild: boolean;
  lighthouse: boolean;
}

const count = (name: string, value: string | undefined, fallback: number): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--${name}: expected a whole number of at least 1, got "${value}"`);
  return n;
};

/** `npm run bench -- [--build-runs N] [--lighthouse-runs N] [--only build] [--no-lighthouse]`. */
export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      "build-runs": { type: "string" },
      "lighthouse-runs": { type: "string" },
      only: { type: "string" },
      "no-lighthouse": { type: "boolean", default: false },
    },
  });
  if (values.only !== undefined && values.only !== "build") {
    throw new Error(`--only: the one step that can run alone is "build", got "${values.only}"`);
  }
  return {
    buildRuns: count("build-runs", values["build-runs"], 1),
    lighthouseRuns: count("lighthouse-runs", values["lighthouse-runs"], 5),
    onlyBuild: values.only === "build",
    lighthouse: !values["no-lighthouse"],
  };
}
