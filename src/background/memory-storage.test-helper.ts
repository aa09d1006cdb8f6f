/**
 * Unit tests only: an in-memory stand-in for one `storage` area (local or session), with the browser's
 * copy-on-read and copy-on-write, for tests that mock webextension-polyfill (e2e drives the real one).
 */
export function memoryArea(map: Map<string, unknown>) {
  return {
    get: async (keys: string | string[] | null) => {
      const list = keys === null ? [...map.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter((k) => map.has(k)).map((k) => [k, structuredClone(map.get(k))]));
    },
    set: async (items: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(items)) map.set(k, structuredClone(v));
    },
    remove: async (keys: string | string[]) => {
      for (const k of Array.isArray(keys) ? keys : [keys]) map.delete(k);
    },
  };
}
