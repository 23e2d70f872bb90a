import { execFileSync } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * The control: an empty Next.js page built with the same Next, React and settings in the same run,
 * so our pages' JavaScript is judged against the framework's own floor on this machine today.
 */
export async function buildBlankApp(root: string): Promise<string> {
  const dir = path.join(root, ".bench", "blank-app");
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, "app"), { recursive: true });
  await writeFile(path.join(dir, "next.config.mjs"), 'export default { output: "export" };\n');
  await writeFile(
    path.join(dir, "app", "layout.tsx"),
    'export default function L({ children }: { children: React.ReactNode }) { return <html lang="en"><body>{children}</body></html>; }\n',
  );
  await writeFile(path.join(dir, "app", "page.tsx"), "export default function P() { return <p>blank</p>; }\n");
  await writeFile(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        jsx: "react-jsx",
        strict: true,
        moduleResolution: "bundler",
        module: "esnext",
        skipLibCheck: true,
      },
    }),
  );
  execFileSync(
    process.execPath,
    [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build", "--webpack", dir],
    {
      stdio: "ignore",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    },
  );
  return path.join(dir, "out");
}
