/**
 * Where the build writes each language's catalog as a standalone ES module (`export default {…}`), for
 * the on-page panel to import just the one it shows. Listed in the manifest's web_accessible_resources
 * with the panel module (AliExpress hosts only, use_dynamic_url). Only the areas the panel shows go in:
 * the popup's, the options page's and the notifications' texts stay in the extension's own pages.
 */
import type { UiLang } from './languages.ts';
import type { Catalog } from './types.ts';

/**
 * Key prefixes of the catalog areas the panel shows (stage names, the panel, advice, charges; `ext_` is
 * the extension's name). catalog-files.test.ts checks that the panel's code and core name no other key.
 */
export const PANEL_KEY_PREFIXES = ['ext_', 'stage_', 'panel_', 'advice_', 'charges_'] as const;

export const isPanelKey = (key: string): boolean => PANEL_KEY_PREFIXES.some((prefix) => key.startsWith(prefix));

/** The part of a catalog the panel's module carries. */
export function panelCatalog(catalog: Catalog): Partial<Catalog> {
  return Object.fromEntries(Object.entries(catalog).filter(([key]) => isPanelKey(key))) as Partial<Catalog>;
}

export function catalogModuleFile(lang: UiLang): string {
  return `src/content/locales/${lang}.js`;
}
