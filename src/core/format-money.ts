/**
 * Money and country names in the reader's language, for advice parameters ("€150", "about 182 €",
 * "Canada"). Pure: Intl only, no page or browser state.
 */
import { aboutAmount } from '../locales/about-amount.ts';
import type { UiLang } from '../locales/languages.ts';

/** BCP 47 tag for Intl from a UI language folder name (pt_BR → pt-BR). */
export function intlLocale(lang: UiLang): string {
  return lang.replace('_', '-');
}

/** "€150", "150 €", "A$1,000": whole units unless the amount has cents worth showing. */
export function formatMoney(amount: number, currency: string, lang: UiLang): string {
  const whole = Math.abs(amount - Math.round(amount)) < 0.005;
  try {
    return new Intl.NumberFormat(intlLocale(lang), {
      style: 'currency',
      currency,
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: whole ? 0 : 2,
    }).format(amount);
  } catch {
    // An unknown currency code: still show the amount.
    return `${Math.round(amount)} ${currency}`;
  }
}

/** A converted amount, rounded and worded as approximate ("about €182"). */
export function formatApproxMoney(amount: number, currency: string, lang: UiLang): string {
  return aboutAmount(lang, formatMoney(Math.round(amount), currency, lang));
}

export function countryName(iso: string, lang: UiLang): string {
  try {
    return new Intl.DisplayNames([intlLocale(lang)], { type: 'region' }).of(iso.toUpperCase()) ?? iso;
  } catch {
    return iso;
  }
}
