import { getMDXComponent } from "mdx-bundler/client";
import { mdxComponents } from "./registry";

/** Server component: runs the compiled answer at build time; the browser receives only HTML. */
export function MdxBody({ code }: { code: string }) {
  const Body = getMDXComponent(code);
  return (
    <div className="prose">
      <Body components={mdxComponents as never} />
    </div>
  );
}
