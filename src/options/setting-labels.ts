/**
 * Words for a setting change in the import preview ("Check interval: every 6 hours → every 12
 * hours"), from the setting's path as core/import-data.ts reports it.
 */
import type { SettingChange } from '../core/schemas/messages.ts';
import { TRACKER_IDS, type TrackerId } from '../core/schemas/store.ts';
import type { UiLang } from '../locales/index.ts';
import type { Locale } from '../locales/locale-for.ts';
import { TRACKER_NAMES } from '../locales/tracker-names.ts';
import { formatUnit } from '../ui/format.ts';
import { LANGUAGE_NAMES } from '../ui/languages.ts';

const NOTIFY = ['leftCustoms', 'actionRequired', 'returned', 'delivered'] as const;

export function intervalLabel(minutes: number, locale: Locale): string {
  return locale.t('options_interval_every', { duration: formatUnit(minutes / 60, 'hour', locale.lang) });
}

/** `auto` is named with the browser's language (what it stands for), given as `browser`. */
export function languageLabel(value: string, locale: Locale, browser: UiLang = locale.lang): string {
  if (value === 'auto') return locale.t('options_language_auto', { language: LANGUAGE_NAMES[browser] });
  return LANGUAGE_NAMES[value as UiLang] ?? value;
}

export function settingName(path: string, locale: Locale): string {
  const { t } = locale;
  const [head, part, leaf] = path.split('.');
  if (head === 'trackers' && (TRACKER_IDS as readonly string[]).includes(part ?? '')) {
    const tracker = TRACKER_NAMES[part as TrackerId];
    return leaf === 'apiKey'
      ? t('options_change_tracker_key', { tracker })
      : t('options_change_tracker_enabled', { tracker });
  }
  if (head === 'notify' && (NOTIFY as readonly string[]).includes(part ?? '')) {
    return `${t('options_notify_title')}: ${t(`options_notify_${part as (typeof NOTIFY)[number]}`)}`;
  }
  if (head === 'checkIntervalMinutes') return t('options_interval_title');
  if (head === 'uiLanguage') return t('options_language_title');
  return path;
}

export function settingValue(change: SettingChange, value: SettingChange['to'], locale: Locale): string {
  const { t } = locale;
  if (change.path.endsWith('.apiKey')) return t(value === 'set' ? 'options_key_set' : 'options_key_empty');
  if (typeof value === 'boolean') return t(value ? 'options_on' : 'options_off');
  if (change.path === 'checkIntervalMinutes' && typeof value === 'number') return intervalLabel(value, locale);
  if (change.path === 'uiLanguage') return languageLabel(String(value), locale);
  return String(value);
}
