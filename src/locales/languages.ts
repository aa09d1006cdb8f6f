/**
 * The UI languages and how a context picks one, without any catalog: the lazily loaded panel imports
 * this, so it must stay free of strings.
 */

/** Chrome `_locales` folder names of the UI languages. */
export const UI_LANGS = ['en', 'es', 'fr', 'de', 'pt_BR', 'pl', 'he'] as const;
export type UiLang = (typeof UI_LANGS)[number];

export const RTL_LANGS: readonly UiLang[] = ['he'];

/** Best UI language for a BCP 47 tag such as `pt-BR`, `es-419` or `iw`; English when none fits. */
export function pickUiLang(tag: string | null | undefined): UiLang {
  const lower = (tag ?? '').toLowerCase().replace('_', '-');
  if (lower.startsWith('pt')) return 'pt_BR';
  if (lower.startsWith('iw')) return 'he';
  const base = lower.split('-')[0] ?? '';
  return (UI_LANGS as readonly string[]).includes(base) ? (base as UiLang) : 'en';
}

/** The language a context shows: the user's choice from settings unless it is 'auto', else the tag's. */
export function chooseUiLang(choice: string | undefined, fallbackTag: string | undefined): UiLang {
  return pickUiLang(choice && choice !== 'auto' ? choice : fallbackTag);
}
