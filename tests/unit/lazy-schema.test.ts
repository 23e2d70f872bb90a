import { expect, test } from "vitest";
import * as z from "zod/mini";
import { lazySchema } from "@/lib/storage/lazy-schema";

test("a lazy schema is built on its first parse, once", () => {
  let builds = 0;
  const schema = lazySchema(() => {
    builds += 1;
    return z.object({ n: z.number() });
  });
  expect(builds).toBe(0);
  expect(schema.safeParse({ n: 1 }).success).toBe(true);
  expect(schema.safeParse({ n: "1" }).success).toBe(false);
  expect(() => schema.parse({})).toThrow();
  expect(builds).toBe(1);
});
