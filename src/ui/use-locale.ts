/**
 * The UI language of an extension page: the user's choice from settings, else the browser's. Keeps the
 * document's `lang` and `dir` in step, so Hebrew lays the whole page out right to left.
 */
import { useEffect, useMemo } from 'preact/hooks';
import { bcp47 } from './format.ts';
import { type Locale, localeFor } from './i18n.ts';

export function usePageLocale(choice: string | undefined): Locale {
  const locale = useMemo(() => localeFor(choice, navigator.language), [choice]);
  useEffect(() => {
    document.documentElement.lang = bcp47(locale.lang);
    document.documentElement.dir = locale.dir;
  }, [locale]);
  return locale;
}
