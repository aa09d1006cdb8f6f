/**
 * Picks the UI language for a context: the user's choice from settings, else the given language tag
 * (the page's for the panel, the browser's elsewhere).
 */
import { createTranslator, pickUiLang, RTL_LANGS, type Translate, type UiLang } from '../locales/index.ts';

export type Locale = { lang: UiLang; dir: 'ltr' | 'rtl'; t: Translate };

export function localeFor(choice: string | undefined, fallbackTag: string | undefined): Locale {
  const lang = pickUiLang(choice && choice !== 'auto' ? choice : fallbackTag);
  return { lang, dir: RTL_LANGS.includes(lang) ? 'rtl' : 'ltr', t: createTranslator(lang) };
}
