/**
 * `npm run serve` (and the last step of `npm start`): serves the static export in out/ with
 * lib/tooling/serve/create-server. OUT_DIR picks the folder, PORT the port (3000) and HOST the interface
 * (127.0.0.1; set HOST=0.0.0.0 to serve other machines).
 */
import { stat } from "node:fs/promises";
import path from "node:path";
import { createServer } from "../serve/create-server";

const root = path.resolve(process.env.OUT_DIR ?? "out");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";

if (!(await stat(path.join(root, "index.html")).catch(() => null))?.isFile()) {
  console.error(`serve: ${root} has no index.html; run npm run build first`);
  process.exit(1);
}
const server = await createServer({ root });
server.on("error", (error) => {
  console.error(`serve: cannot listen on ${host}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, host, () => {
  const shown = host.includes(":") ? `[${host}]` : host;
  console.log(
    `Followup is running at http://${shown}:${port}/ (serving ${path.relative(process.cwd(), root) || root})`,
  );
});
