import type { ContentError } from "./errors";
import type { ParsedFile } from "./parse";
import type { Track } from "./schema";
import { yamlLineFinder } from "./yaml-lines";

/** Checks that need every file at once: sections, unique ids and orders, related links. */
export function crossCheck(track: Track, parsed: ParsedFile[], folderOf: Map<string, string | undefined>): ContentError[] {
  const errors: ContentError[] = [];
  const at = (p: ParsedFile, fieldPath: (string | number)[], message: string) =>
    errors.push({ file: p.file, line: yamlLineFinder(p.matter, 1)(fieldPath), field: fieldPath.join("."), message });

  const sections = new Set(track.sections.map((s) => s.slug));
  const byId = new Map<string, ParsedFile>();
  const byOrder = new Map<string, ParsedFile>();
  for (const p of parsed) {
    const { id, section, order } = p.frontmatter;
    if (!sections.has(section)) {
      at(p, ["section"], `unknown section "${section}"; track.json lists ${[...sections].join(", ")}`);
    } else if (folderOf.get(p.file) !== undefined && folderOf.get(p.file) !== section) {
      at(p, ["section"], `section "${section}" does not match the folder's section "${folderOf.get(p.file)}"`);
    }
    const first = byId.get(id);
    if (first) at(p, ["id"], `duplicate id "${id}", already used by ${first.file}`);
    else byId.set(id, p);
    const orderKey = `${section}#${order}`;
    const sameOrder = byOrder.get(orderKey);
    if (sameOrder) at(p, ["order"], `order ${order} is already used in section "${section}" by ${sameOrder.file}`);
    else byOrder.set(orderKey, p);
  }
  for (const p of parsed) {
    p.frontmatter.related.forEach((target, i) => {
      if (target === p.frontmatter.id) at(p, ["related", i], "a question cannot be related to itself");
      else if (!byId.has(target)) at(p, ["related", i], `related id "${target}" does not exist`);
    });
  }
  return errors;
}
