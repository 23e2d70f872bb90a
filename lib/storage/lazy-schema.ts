import "client-only";
/**
 * A zod schema built on first use. Building the storage schemas when their modules load showed up
 * as main-thread time at every app page's start in Chromium's profiler, and a visitor with nothing
 * stored never validates anything.
 */
export function lazySchema<S extends { safeParse(data: unknown): unknown; parse(data: unknown): unknown }>(
  build: () => S,
): Pick<S, "safeParse" | "parse"> {
  const get = once(build);
  return {
    safeParse: ((data: unknown) => get().safeParse(data)) as S["safeParse"],
    parse: ((data: unknown) => get().parse(data)) as S["parse"],
  };
}

/** A value computed once, on first use. */
export function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}
