/**
 * "about €182" in each UI language, for core's advice (src/core/format-money.ts). Only these small
 * area files are bundled here, so code that words advice does not carry every catalog.
 */
import de from './de/amount.ts';
import en from './en/amount.ts';
import es from './es/amount.ts';
import fr from './fr/amount.ts';
import he from './he/amount.ts';
import type { UiLang } from './languages.ts';
import pl from './pl/amount.ts';
import pt_BR from './pt_BR/amount.ts';
import type { MessageKey } from './types.ts';

const KEY = 'advice_about_amount' satisfies MessageKey;

const ABOUT: Record<UiLang, string> = {
  en: en[KEY],
  es: es[KEY],
  fr: fr[KEY],
  de: de[KEY],
  pt_BR: pt_BR[KEY],
  pl: pl[KEY],
  he: he[KEY],
};

/** An already formatted amount worded as approximate in `lang`. */
export function aboutAmount(lang: UiLang, amount: string): string {
  return ABOUT[lang].replace('{amount}', amount);
}
