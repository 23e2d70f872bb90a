import { expect, test } from "vitest";
import { remarkCodeBlocks } from "@/lib/mdx/remark-code-blocks";
import { pluginFixture, runPluginOnFixture } from "./mdx-plugin-fixture";

test("remark-code-blocks turns the fixture's fences into exactly the committed tree", async () => {
  const output = await runPluginOnFixture("remark-code-blocks", remarkCodeBlocks);
  await expect(output).toMatchFileSnapshot(pluginFixture("remark-code-blocks", "output.json"));
});
