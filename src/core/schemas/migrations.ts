/**
 * Ordered store migrations: MIGRATIONS[n] turns a version-n document into version n+1. Version 0 is a
 * document written before versioning (or hand-made), which only needs the version stamp and defaults.
 */
type Doc = Record<string, unknown>;

export const MIGRATIONS: Record<number, (doc: Doc) => Doc> = {
  0: (doc) => ({ settings: {}, parcels: {}, panels: {}, unknownCodes: [], ...doc, version: 1 }),
};
