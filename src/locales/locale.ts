/** What a UI context needs to show text: the language, its writing direction and its translator. */
import { RTL_LANGS, type UiLang } from './languages.ts';
import { type Translate, translatorFor } from './translate.ts';
import type { Catalog } from './types.ts';

export type Locale = { lang: UiLang; dir: 'ltr' | 'rtl'; t: Translate };

export function localeOf(lang: UiLang, catalog: Catalog): Locale {
  return { lang, dir: RTL_LANGS.includes(lang) ? 'rtl' : 'ltr', t: translatorFor(catalog, lang) };
}
