/**
 * UI languages and their catalogs. Catalogs are TypeScript so a typo in a key fails the build; the
 * build also writes them out as `_locales/<lang>/messages.json` for the browser's own i18n.
 * Message texts use `{name}` placeholders.
 */

import en from './en/index.ts';
import type { MessageKey, Strings } from './types.ts';

function merge(...parts: Strings[]): Strings {
  return Object.assign({}, ...parts) as Strings;
}

import deAdvice from './de/advice.ts';
import deCommon from './de/common.ts';
import deNotifications from './de/notifications.ts';
import deOptions from './de/options.ts';
import dePanel from './de/panel.ts';
import dePopup from './de/popup.ts';
import esAdvice from './es/advice.ts';
import esCommon from './es/common.ts';
import esNotifications from './es/notifications.ts';
import esOptions from './es/options.ts';
import esPanel from './es/panel.ts';
import esPopup from './es/popup.ts';
import frAdvice from './fr/advice.ts';
import frCommon from './fr/common.ts';
import frNotifications from './fr/notifications.ts';
import frOptions from './fr/options.ts';
import frPanel from './fr/panel.ts';
import frPopup from './fr/popup.ts';
import heAdvice from './he/advice.ts';
import heCommon from './he/common.ts';
import heNotifications from './he/notifications.ts';
import heOptions from './he/options.ts';
import hePanel from './he/panel.ts';
import hePopup from './he/popup.ts';
import plAdvice from './pl/advice.ts';
import plCommon from './pl/common.ts';
import plNotifications from './pl/notifications.ts';
import plOptions from './pl/options.ts';
import plPanel from './pl/panel.ts';
import plPopup from './pl/popup.ts';
import ptAdvice from './pt_BR/advice.ts';
import ptCommon from './pt_BR/common.ts';
import ptNotifications from './pt_BR/notifications.ts';
import ptOptions from './pt_BR/options.ts';
import ptPanel from './pt_BR/panel.ts';
import ptPopup from './pt_BR/popup.ts';

export type { MessageKey, Strings };

/** Chrome `_locales` folder names of the UI languages. */
export const UI_LANGS = ['en', 'es', 'fr', 'de', 'pt_BR', 'pl', 'he'] as const;
export type UiLang = (typeof UI_LANGS)[number];

export const RTL_LANGS: readonly UiLang[] = ['he'];

export const CATALOGS: Record<UiLang, Strings> = {
  en,
  es: merge(esCommon, esPanel, esAdvice, esPopup, esOptions, esNotifications),
  fr: merge(frCommon, frPanel, frAdvice, frPopup, frOptions, frNotifications),
  de: merge(deCommon, dePanel, deAdvice, dePopup, deOptions, deNotifications),
  pt_BR: merge(ptCommon, ptPanel, ptAdvice, ptPopup, ptOptions, ptNotifications),
  pl: merge(plCommon, plPanel, plAdvice, plPopup, plOptions, plNotifications),
  he: merge(heCommon, hePanel, heAdvice, hePopup, heOptions, heNotifications),
};

/** Best UI language for a BCP 47 tag such as `pt-BR`, `es-419` or `iw`; English when none fits. */
export function pickUiLang(tag: string | null | undefined): UiLang {
  const lower = (tag ?? '').toLowerCase().replace('_', '-');
  if (lower.startsWith('pt')) return 'pt_BR';
  if (lower.startsWith('iw')) return 'he';
  const base = lower.split('-')[0] ?? '';
  return (UI_LANGS as readonly string[]).includes(base) ? (base as UiLang) : 'en';
}

export type Params = Record<string, string | number>;

export type Translate = (key: MessageKey, params?: Params) => string;

/** A translator for one language, falling back to English for a missing key. */
export function createTranslator(lang: UiLang): Translate {
  const catalog = CATALOGS[lang];
  return (key, params) => {
    const template = catalog[key] ?? (en as Strings)[key] ?? key;
    return params ? template.replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m)) : template;
  };
}
