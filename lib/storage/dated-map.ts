import "client-only";
import * as z from "zod/mini";
import { describeIssue } from "./issues";
import { once } from "./lazy-schema";
import type { Decoded, Merged, RecordKind } from "./record-store";
import { slugPattern } from "@/lib/slug";
import { shortenForDisplay } from "@/lib/url";

/**
 * A record that maps ids to dated items (notes, bookmarks). Each item is validated on its own and
 * merged newest-wins by its `updatedAt`; removing an item stores an empty one with the time of
 * removal, a tombstone, so another tab's older copy cannot bring it back.
 */
export interface DatedMap<T> {
  version: number;
  items: Record<string, T>;
}

interface Options<S extends z.ZodMiniType<{ updatedAt: string }>> {
  key: string;
  label: string;
  version: number;
  item: () => S;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function datedMapRecord<S extends z.ZodMiniType<{ updatedAt: string }>>(
  options: Options<S>,
): RecordKind<DatedMap<z.infer<S>>> {
  type Item = z.infer<S>;
  const itemSchema = once(options.item);
  const empty = (): DatedMap<Item> => ({ version: options.version, items: {} });
  const what = `it is not Followup ${options.label.toLowerCase()}`;

  function decode(json: unknown): Decoded<DatedMap<Item>> {
    if (!isObject(json) || typeof json.version !== "number" || !Number.isInteger(json.version) || json.version < 1) {
      return { kind: "unreadable", why: what };
    }
    if (!isObject(json.items)) return { kind: "unreadable", why: "items: expected an object" };
    const value = empty();
    const setAside: string[] = [];
    for (const [id, item] of Object.entries(json.items)) {
      const parsed = itemSchema().safeParse(item);
      if (!slugPattern.test(id)) setAside.push(`items.${shortenForDisplay(id)}: not a question id`);
      else if (parsed.success) value.items[id] = parsed.data;
      else setAside.push(`items.${id}.${describeIssue(parsed.error)}`);
    }
    if (json.version > options.version) return { kind: "newer", version: json.version, value };
    return { kind: "ok", value, setAside };
  }

  function merge(base: DatedMap<Item>, incoming: DatedMap<Item>): Merged<DatedMap<Item>> {
    const items = { ...base.items };
    let changed = false;
    for (const [id, item] of Object.entries(incoming.items)) {
      const current = items[id];
      if (!current || Date.parse(item.updatedAt) > Date.parse(current.updatedAt)) {
        items[id] = item;
        changed = true;
      }
    }
    return { value: { ...base, items }, changed };
  }

  return { key: options.key, label: options.label, empty, decode, merge };
}
