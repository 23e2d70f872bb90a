import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { expect, test } from "vitest";
import { MdxBody } from "@/components/mdx/mdx-body";
import { compileBody } from "@/lib/mdx/compile";

const render = async (body: string) =>
  renderToStaticMarkup(createElement(MdxBody, { code: (await compileBody(body)).code, questionId: "estimate" }));

const estimate = `<Estimate
  title="Link redirects"
  users="100M"
  writesPerUser="0.1"
  readsPerWrite="100"
  objectSize="500 B"
  retentionYears="5"
  peakFactor="3"
  replicas="3"
/>
`;

test("an estimate renders its computed figures in the page's HTML", async () => {
  const html = await render(estimate);
  expect(html).toContain('<figure class="estimate" aria-label="Estimate: Link redirects">');
  expect(html).toMatch(
    /data-figure="writes-avg"><th scope="row">Writes per second, average<\/th><td class="estimate-value">≈ 120 writes\/s<\/td>/,
  );
  expect(html).toContain("1.2 × 10<sup>2</sup> writes/s");
  expect(html).toMatch(/data-figure="storage-total">.*?≈ 27 TB/);
});

test("an estimate lists its inputs as authored, with defaults for those left out", async () => {
  const html = await render(estimate);
  expect(html).toContain("<dt>Object size</dt><dd>500 B <span");
  expect(html).toContain("<dt>Cache share</dt><dd>0.2 <span");
});

test("an availability block renders a downtime row per target", async () => {
  const html = await render('<Availability targets="99.9, 99.99" />\n');
  expect(html).toContain('<th scope="row">99.9%</th><td>8.76 h</td><td>43.2 min</td><td>10.1 min</td>');
  expect(html).toContain('<th scope="row">99.99%</th><td>52.6 min</td>');
});
