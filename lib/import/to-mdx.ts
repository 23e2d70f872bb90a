import "server-only";
import { allowedHtmlElements, mdxComponentNames } from "../mdx/component-names";
import { calloutNames } from "./blocks";
import { closesFence, fenceOpening, importedFenceLanguage, type OpenFence } from "./fences";
import type { Removed, SourceLine, Warning } from "./types";

/**
 * Source callouts mapped onto our registry: `<Note>`, `<Tip>`, `<Info>` and `<Check>` become our
 * `<Note>` (an aside), `<Warning>` and `<Danger>` become `<Pitfall>` (a common mistake).
 */
export const calloutMapping: Record<(typeof calloutNames)[number], "Note" | "Pitfall"> = {
  Note: "Note",
  Tip: "Note",
  Info: "Note",
  Check: "Note",
  Callout: "Note",
  Warning: "Pitfall",
  Danger: "Pitfall",
};

const keptTags = new RegExp(String.raw`^<\/?(?:${[...mdxComponentNames, ...allowedHtmlElements].join("|")})\b`);

/** Escapes what MDX would read as JSX or expressions in prose, leaving `code` spans alone. */
export function escapeProse(text: string): string {
  return text
    .split(/(`+[^`]*`+)/g)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/(\\*)([<{}])/g, (all, slashes: string, char: string, offset: number) => {
            if (slashes.length % 2 === 1) return all;
            if (char === "<" && keptTags.test(part.slice(offset + slashes.length))) return all;
            return `${slashes}\\${char}`;
          }),
    )
    .join("");
}

function fenceLine(info: string, title: string, at: SourceLine, removed: Removed[], warnings: Warning[]): string {
  const [rawLang = "", ...metaParts] = info.split(/\s+/);
  const meta = metaParts.join(" ");
  const { lang, warning, renamed } = importedFenceLanguage(rawLang);
  if (lang === "mermaid") {
    warnings.push({ line: at.line, message: "diagram: write real alt text, then run npm run diagrams" });
    return `mermaid alt="Diagram for: ${title.replace(/"/g, "'")}"`;
  }
  if (warning) warnings.push({ line: at.line, message: warning });
  if (renamed) removed.push({ line: at.line, text: renamed });
  const fileTitle = /\btitle="[^"]*"/.exec(meta)?.[0];
  const dropped = meta.replace(/\btitle="[^"]*"/, "").trim();
  if (dropped !== "") removed.push({ line: at.line, text: dropped });
  return `${lang}${fileTitle ? ` ${fileTitle}` : ""}`;
}

/**
 * Turns classified answer lines into an MDX body our loader accepts: fences with known languages,
 * callouts from our registry, `###` as the top heading level, and prose escaped for MDX.
 */
export function toMdx(lines: SourceLine[], title: string): { mdx: string; removed: Removed[]; warnings: Warning[] } {
  const removed: Removed[] = [];
  const warnings: Warning[] = [];
  const out: string[] = [];
  let fence: OpenFence | undefined;
  const marks = () => fence!.char.repeat(fence!.length);
  for (const line of lines) {
    const t = line.text;
    if (fence) {
      if (closesFence(t, fence)) {
        out.push(marks());
        fence = undefined;
      } else out.push(t);
      continue;
    }
    const opening = fenceOpening(t);
    if (opening) {
      fence = opening;
      out.push(`${marks()}${fenceLine(opening.info, title, line, removed, warnings)}`);
      continue;
    }
    const callout = /^(\s*)<(\/?)([A-Z][A-Za-z]*)((?:\s[^>]*?)?)(\/?)>(.*?)(?:<\/\3>)?\s*$/.exec(t);
    if (callout && callout[3]! in calloutMapping) {
      const ours = calloutMapping[callout[3] as keyof typeof calloutMapping];
      const attrTitle = /title\s*=\s*["“']([^"”']*)/.exec(callout[4]!)?.[1];
      if (!callout[2] && (callout[3] !== ours || callout[4]!.trim() !== "")) {
        removed.push({ line: line.line, text: `<${callout[3]}${callout[4]}> shown as <${ours}>` });
      }
      if (callout[2]) out.push("", `</${ours}>`);
      else {
        out.push(`<${ours}>`, "");
        if (attrTitle) out.push(`**${escapeProse(attrTitle)}**`, "");
        if (callout[6]!.trim() !== "") out.push(escapeProse(callout[6]!.trim()), "");
        if (t.includes(`</${callout[3]}>`) || callout[5]) out.push("", `</${ours}>`);
      }
      continue;
    }
    const closing = /^(\s*)(.*?)<\/([A-Z][A-Za-z]*)>\s*$/.exec(t);
    if (closing && closing[3]! in calloutMapping) {
      out.push(escapeProse(closing[2]!), "", `</${calloutMapping[closing[3] as keyof typeof calloutMapping]}>`);
      continue;
    }
    out.push(escapeProse(t.replace(/^(\s{0,3})#{1,2}(\s)/, "$1###$2")));
  }
  if (fence) out.push(marks());
  const mdx = `${out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
  return { mdx, removed, warnings };
}
