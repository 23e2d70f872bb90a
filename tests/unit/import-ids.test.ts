import { expect, test } from "vitest";
import { slugify } from "@/lib/import/import-map";

test("a plus between letters is spelled out", () => {
  expect(slugify("B+Tree vs B-Tree")).toBe("b-plus-tree-vs-b-tree");
});

test("C#, F# and C++ keep their names", () => {
  expect(slugify("C# or C++ for games")).toBe("c-sharp-or-cpp-for-games");
  expect(slugify("Why F# pipelines read well")).toBe("why-f-sharp-pipelines-read-well");
});

test(".NET becomes dotnet, and a dot inside a name does not", () => {
  expect(slugify(".NET garbage collection")).toBe("dotnet-garbage-collection");
  expect(slugify("ASP.NET middleware order")).toBe("asp-net-middleware-order");
});

test("a trailing plus is not spelled out", () => {
  expect(slugify("Node 20+ features")).toBe("node-20-features");
});
