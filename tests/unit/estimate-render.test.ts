import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { expect, test } from "vitest";
import { EstimateIsland } from "@/components/mdx/estimate-island.client";
import { MdxBody } from "@/components/mdx/mdx-body";
import { compileBody } from "@/lib/mdx/compile";

// The <Estimate> block reaches the page through next/dynamic, which renders only inside Next; its
// server HTML in the export is checked by tests/e2e/estimate-island.spec.ts with JavaScript off.
// Here the island itself is rendered as the server renders it.
const island = renderToStaticMarkup(
  createElement(EstimateIsland, {
    title: "Link redirects",
    authored: {
      users: "100M",
      writesPerUser: "0.1",
      readsPerWrite: "100",
      objectSize: "500 B",
      retentionYears: "5",
      peakFactor: "3",
      cacheShare: "0.2",
      replicas: "3",
    },
  }),
);

test("an estimate's server HTML holds the figures computed from its inputs", () => {
  expect(island).toMatch(
    /<figure class="estimate" aria-labelledby="[^"]+"><figcaption[^>]*>.*?<\/span> Link redirects<\/figcaption>/,
  );
  expect(island).toMatch(
    /data-figure="writes-avg"><th scope="row">Writes per second, average<\/th><td><span class="estimate-value">≈ 120 writes\/s<\/span>/,
  );
  expect(island).toContain("1.2 × 10<sup>2</sup> writes/s");
  expect(island).toMatch(/data-figure="storage-total">.*?≈ 27 TB/);
});

test("an estimate's fields hold its inputs as authored", () => {
  expect(island).toMatch(/<input type="text"[^>]* name="objectSize" value="500 B"/);
  expect(island).toMatch(/<input type="text"[^>]* name="cacheShare" value="0.2"/);
});

test("before its script runs the estimate's fields are disabled, so none looks ready to edit", () => {
  expect(island).toMatch(/<fieldset class="field-grid estimate-fields" disabled="">/);
});

test("an availability block renders a downtime row per target", async () => {
  const { code } = await compileBody('<Availability targets="99.9, 99.99" />\n');
  const html = renderToStaticMarkup(createElement(MdxBody, { code, questionId: "availability" }));
  expect(html).toContain('<th scope="row">99.9%</th><td>8.76 h</td><td>43.2 min</td><td>10.1 min</td>');
  expect(html).toContain('<th scope="row">99.99%</th><td>52.6 min</td>');
});
