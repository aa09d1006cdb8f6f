/**
 * The UI language of an extension page: the user's choice from settings, else the browser's. Keeps the
 * document's `lang`, `dir` and title in step, so Hebrew lays the whole page out right to left.
 */
import { useEffect, useMemo } from 'preact/hooks';
import type { MessageKey } from '../locales/index.ts';
import { type Locale, localeFor } from '../locales/locale-for.ts';
import { bcp47 } from './format.ts';

export function usePageLocale(choice: string | undefined, titleKey: MessageKey): Locale {
  const locale = useMemo(() => localeFor(choice, navigator.language), [choice]);
  useEffect(() => {
    document.documentElement.lang = bcp47(locale.lang);
    document.documentElement.dir = locale.dir;
    document.title = locale.t(titleKey);
  }, [locale, titleKey]);
  return locale;
}
