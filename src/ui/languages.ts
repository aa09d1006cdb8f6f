/** Names of the UI languages in their own language, as language pickers show them. */
import type { UiLang } from '../locales/index.ts';

export const LANGUAGE_NAMES: Record<UiLang, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  pt_BR: 'Português (Brasil)',
  pl: 'Polski',
  he: 'עברית',
};
