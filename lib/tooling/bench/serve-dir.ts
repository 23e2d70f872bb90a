import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

/**
 * Starts `npm run serve`'s server (lib/tooling/cli/serve.ts) for a folder on a loopback port, in its own
 * process so a load test's client never shares its event loop, and resolves once it answers.
 */
export async function serveDir(root: string, outDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "lib", "tooling", "cli", "serve.ts")], {
    cwd: root,
    env: { ...process.env, OUT_DIR: outDir, PORT: String(port), HOST: "127.0.0.1" },
    stdio: "ignore",
  });
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return child;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  child.kill();
  throw new Error(`server for ${outDir} did not start on port ${port}`);
}
