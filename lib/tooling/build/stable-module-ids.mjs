/**
 * Webpack's production module ids ("deterministic") hash each module's name into a numeric range,
 * and when two names land on the same number the module met first in the module graph keeps it and
 * the other is rehashed. "First" is the graph's pre-order index, which follows the order entries are
 * added; Next adds its client entries as the server compilation finishes them, so two unchanged
 * builds can swap a colliding pair, and every chunk and page that names either module changes.
 * Here collisions are settled by name alone, so the same modules always get the same ids.
 */

/**
 * Webpack's id range: the smallest power of ten from 1,000 up that is at least twenty times the
 * number of modules to name plus the ids already taken, so collisions stay rare.
 * @param {number} count
 * @param {number} taken
 */
export function idRange(count, taken = 0) {
  let range = 1000;
  while (range < count * 20 + taken) range *= 10;
  return range;
}

/**
 * Webpack's number hash (32-bit FNV-1a), so a module that collides with nothing keeps the id
 * webpack itself would give it and only colliding modules can differ from webpack's choice.
 * @param {string} text
 * @param {number} range
 */
export function numberHash(text, range) {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return (hash & 0x7fffffff) % range;
}

/**
 * A numeric id for each name, from a hash of the name (salted again on a collision). Names are
 * settled in sorted order, so the result does not depend on the order they are given in.
 * @param {readonly string[]} names distinct module names
 * @param {ReadonlySet<string>} taken ids already in use, as strings
 * @returns {Map<string, number>}
 */
export function stableIds(names, taken = new Set()) {
  const range = idRange(names.length, taken.size);
  const used = new Set(taken);
  const ids = new Map();
  for (const name of [...names].sort()) {
    for (let salt = 0; ; salt++) {
      const id = numberHash(`${name}${salt}`, range);
      if (used.has(String(id))) continue;
      used.add(String(id));
      ids.set(name, id);
      break;
    }
  }
  return ids;
}

/**
 * Drop-in for `optimization.moduleIds: "deterministic"` that does not depend on the order modules
 * or entries were added in.
 */
export class StableModuleIds {
  /** @param {import("next/dist/compiled/webpack/webpack").webpack.Compiler} compiler */
  apply(compiler) {
    const root = compiler.context;
    compiler.hooks.compilation.tap(
      "StableModuleIds",
      (/** @type {import("next/dist/compiled/webpack/webpack").webpack.Compilation} */ compilation) => {
        // Entries in name order before the chunk graph is built, so the order Next happened to add
        // them in (which follows the server compilation's timing) reaches nothing in the output,
        // such as the order of a runtime's list of the chunks it starts with.
        compilation.hooks.seal.tap("StableModuleIds", () => {
          const sorted = [...compilation.entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
          compilation.entries.clear();
          for (const [name, entry] of sorted) compilation.entries.set(name, entry);
        });
        compilation.hooks.moduleIds.tap("StableModuleIds", () => {
          const { chunkGraph } = compilation;
          const taken = new Set();
          /** @type {Map<string, import("next/dist/compiled/webpack/webpack").webpack.Module>} */
          const pending = new Map();
          for (const mod of compilation.modules) {
            if (!mod.needId) continue;
            const id = chunkGraph.getModuleId(mod);
            if (id !== null) taken.add(String(id));
            else if (chunkGraph.getNumberOfModuleChunks(mod) > 0)
              // Identifiers are unique within a compilation; without the checkout's own path they
              // are also the same in every checkout.
              pending.set(mod.identifier().split(root).join("."), mod);
          }
          for (const [name, id] of stableIds([...pending.keys()], taken)) chunkGraph.setModuleId(pending.get(name), id);
        });
      },
    );
  }
}
