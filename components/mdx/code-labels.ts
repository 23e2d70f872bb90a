import { codeLanguage } from "@/lib/mdx/server";

/** Where shiki's display name reads oddly as a caption. */
const labelOverrides: Record<string, string> = { nginx: "nginx", log: "Log", shellsession: "Shell session" };

/** The name a code block's caption shows when the fence gives no file name: `Python`, `Shell`, `C#`. */
export function codeLabel(lang: string): string {
  const language = codeLanguage(lang);
  if (!language) return lang;
  return labelOverrides[language.name] ?? language.title;
}
