/** Fills a catalog's `{name}` placeholders: the one translate function every context uses. */
import type { Catalog, MessageKey } from './types.ts';

export type Params = Record<string, string | number>;

export type Translate = (key: MessageKey, params?: Params) => string;

/** A translator over one complete catalog; a placeholder without a value is left as written. */
export function translatorFor(catalog: Catalog): Translate {
  return (key, params) => {
    const template = catalog[key] ?? key;
    return params ? template.replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m)) : template;
  };
}
