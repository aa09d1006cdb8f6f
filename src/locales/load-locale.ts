/**
 * A locale from one catalog loaded on demand: the on-page panel imports only the language it shows
 * (the build writes each catalog as its own module, see catalog-files.ts) instead of all seven.
 */
import { chooseUiLang, type UiLang } from './languages.ts';
import { type Locale, localeOf } from './locale.ts';
import type { Catalog } from './types.ts';

export type LoadLocale = (choice: string | undefined, fallbackTag: string | undefined) => Promise<Locale>;

/** Locales for the user's choice ('auto' or unset: the tag's language), each catalog loaded once. */
export function createLocaleLoader(loadCatalog: (lang: UiLang) => Promise<Catalog>): LoadLocale {
  const cache = new Map<UiLang, Promise<Locale>>();
  return (choice, fallbackTag) => {
    const lang = chooseUiLang(choice, fallbackTag);
    let locale = cache.get(lang);
    if (!locale) {
      locale = loadCatalog(lang).then((catalog) => localeOf(lang, catalog));
      // A failed load (say, the extension was updated under the page) may work on the next scan.
      locale.catch(() => cache.delete(lang));
      cache.set(lang, locale);
    }
    return locale;
  };
}
