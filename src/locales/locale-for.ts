/**
 * Picks the UI language for a context with every catalog at hand (popup, options, background): the
 * user's choice from settings, else the given language tag (the browser's). The on-page panel uses
 * src/locales/load-locale.ts instead, which loads only the language it shows.
 */
import { CATALOGS, chooseUiLang } from './index.ts';
import { type Locale, localeOf } from './locale.ts';

export type { Locale };

export function localeFor(choice: string | undefined, fallbackTag: string | undefined): Locale {
  const lang = chooseUiLang(choice, fallbackTag);
  return localeOf(lang, CATALOGS[lang]);
}
