import "server-only";

/** One attribute of a source tag, with its value as written (quotes removed). */
export interface TagAttribute {
  name: string;
  value?: string;
}

export interface SourceTag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attributes: TagAttribute[];
  /** Index just past the tag's `>` in the text it was read from. */
  end: number;
}

const attribute = /\s+([A-Za-z_:][\w.:-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|“([^”]*)”|([^\s"'=<>`{}]+)))?/y;

/**
 * Reads one HTML or JSX tag with literal attributes at `from` (`<kbd>`, `</Note>`, `<Tip title="x" />`).
 * Anything else, including attributes written as `{expressions}`, is not a tag and returns undefined,
 * so the caller keeps it as text.
 */
export function readTag(text: string, from = 0): SourceTag | undefined {
  const head = /<(\/?)([A-Za-z][\w.-]*)/y;
  head.lastIndex = from;
  const m = head.exec(text);
  if (!m) return undefined;
  const closing = m[1] === "/";
  const attributes: TagAttribute[] = [];
  let at = head.lastIndex;
  if (!closing) {
    for (;;) {
      attribute.lastIndex = at;
      const a = attribute.exec(text);
      if (!a) break;
      attributes.push({ name: a[1]!, value: a[2] ?? a[3] ?? a[4] ?? a[5] });
      at = attribute.lastIndex;
    }
  }
  const tail = /\s*(\/?)>/y;
  tail.lastIndex = at;
  const t = tail.exec(text);
  if (!t || (closing && t[1] === "/")) return undefined;
  return { name: m[2]!, closing, selfClosing: t[1] === "/", attributes, end: tail.lastIndex };
}
