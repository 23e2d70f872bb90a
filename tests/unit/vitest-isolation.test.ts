import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { isolatedFiles } from "@/vitest.config";

// Unit files share modules within a worker, so one that mocks a module, fakes timers, stubs a
// global or sets the environment would leak it into the files after it.
const leaksState =
  /\bvi\.(mock|doMock|useFakeTimers|setSystemTime|stubGlobal|stubEnv|spyOn)\(|process\.env\.\w+\s*=(?!=)/;

test("every unit file that changes shared state runs isolated", () => {
  const files = ["tests/unit", "tests/content"].flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith(".test.ts"))
      .map((name) => path.posix.join(dir, name)),
  );
  const leaking = files.filter((file) => leaksState.test(readFileSync(file, "utf8")));
  expect(leaking.filter((file) => !isolatedFiles.includes(file))).toEqual([]);
});
