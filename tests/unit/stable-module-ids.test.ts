import { expect, it } from "vitest";
import { idRange, numberHash, stableIds } from "@/lib/tooling/build/stable-module-ids.mjs";

const names = Array.from({ length: 400 }, (_, i) => `./components/module-${i}.tsx|app-pages-browser`);

it("gives the same ids whatever order the modules arrive in", () => {
  expect(stableIds([...names].reverse())).toEqual(stableIds(names));
});

it("gives every module its own id even when hashes collide", () => {
  // 400 names in a range of 10,000 collide several times over (the birthday bound).
  expect(new Set(stableIds(names).values()).size).toBe(names.length);
});

it("never reuses an id that is already taken", () => {
  const first = stableIds(names.slice(0, 1)).get(names[0]!)!;
  expect(stableIds(names.slice(0, 1), new Set([String(first)])).get(names[0]!)).not.toBe(first);
});

it("widens the range as webpack does when there are many modules", () => {
  expect([idRange(40), idRange(400), idRange(500, 1)]).toEqual([1000, 10000, 100000]);
});

it("hashes a name with webpack's number hash, 32-bit FNV-1a without the sign bit", () => {
  // The FNV-1a test vector for "a" is 0xe40c292c.
  expect(numberHash("a", 10000)).toBe((0xe40c292c & 0x7fffffff) % 10000);
});
