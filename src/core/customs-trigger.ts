/**
 * The first, cheap look at a page text: could it be a customs status? Run by the content script on every
 * short text of an order page, so it carries a few customs words instead of the classifier's tables
 * (classify-status.ts + status-phrases/, loaded with the panel module only when this says yes).
 *
 * The words are those of the classifier's gate (a text is only ever given a stage when it names customs,
 * duties, or matches a language's idiom), written as loose stems on the same normalised text: everything
 * that passes the gate passes here (customs-trigger.test.ts proves it over every reference status and
 * generated variants), while most page texts — product titles, prices, menus — stop here.
 *
 * - UNIVERSAL: English's words (carriers and AliExpress itself fall back to English on every storefront)
 *   and every language's word for customs itself, which is long and unambiguous.
 * - BY_LANG: the page language's duties and idiom words, short and ambiguous across languages ("iva",
 *   "tasse", "cła", "税"), so only a page in that language pays for them.
 */
import { normalizeStatusText } from './normalize-text.ts';

const UNIVERSAL = [
  // English: customs, clearance, border agencies, duties and taxes, the idioms' words.
  'custom',
  'clearance',
  'border',
  '\\bdut(?:y|ies)',
  '\\bimport',
  '\\bvat\\b',
  '\\bgst\\b',
  'tariff',
  'tax',
  'release',
  'inspecting',
  'presented\\W+for',
  // Every language's customs (normalised: accents gone, ł → l).
  'aduan',
  'portacion',
  'douan',
  'zoll',
  'dogan',
  'alfandeg',
  'desembaraco',
  'fiscaliza',
  'receita\\W+federal',
  'inklar',
  'ingeklaard',
  'uitklar',
  'uitgeklaard',
  'celn',
  'odpraw',
  'gumru',
  'тамож',
  'расчистк',
  '税関',
  '通関',
  '輸[入出]許可',
  '国際交換局',
  '세관',
  '통관',
  '반[출입] ?신고',
  '수입 ?신고',
  '반출 ?완료',
  '사용소비',
  'ศุลกากร',
  'กรมศุล',
  'hai\\W+quan',
  'thong\\W+quan',
  'מכס',
  'جمار?ك',
  'جمرك',
  'تخليص',
  '[海清通报報][关關]',
];

const BY_LANG: Readonly<Record<string, readonly string[]>> = {
  es: ['impuesto', 'arancel', '\\biva\\b', '\\btasas?\\b', 'derechos', 'tramit', 'inspeccionando'],
  fr: ['droits?', '\\btva\\b', 'frais', 'inspectons'],
  de: ['abgabe', 'steuer', '\\bmwst\\b', 'gebuhr', 'prufen', 'erforderlichen\\W+daten'],
  it: ['\\bdaz', 'tasse', '\\biva\\b', 'oneri', 'diritti', 'ispezionando'],
  pt: [
    'imposto',
    'tribut',
    'icms',
    'despacho',
    'direitos',
    'inspecionando',
    'pagamento',
    'liberad',
    'informacoes',
    '\\bacao\\b',
    'anuente',
    'autorizada',
    'apreendido',
    'devolvido',
    'recusou',
    'centro\\W+internacional',
  ],
  nl: ['invoerrechten', '\\bbtw\\b', 'heffingen', 'belasting'],
  pl: ['\\bcl(?:o|a|em|u)\\b', 'podat', 'naleznosc', 'sprawdzamy'],
  ru: ['пошлин', 'налог', 'ндс'],
  tr: ['vergi', '\\bkdv\\b', '\\bharc'],
  ja: ['税'],
  ko: ['관세', '부가세', '세금'],
  th: ['ภาษี', 'อากร'],
  vi: ['\\bthue\\b', '\\ble\\W+phi\\b'],
  he: ['מיס', 'מע ?מ', 'אגר'],
  ar: ['رسوم', 'ضريب'],
  zh: ['[税稅]'],
};

/** Old and regional tags AliExpress's pages use for the languages above (`iw_IL`, `pt_BR`). */
const ALIASES: Readonly<Record<string, string>> = { iw: 'he' };

/** Stems that can match a text of ASCII characters only (the rest need other scripts). */
const isAscii = (stem: string) => /^[\x20-\x7e]*$/.test(stem);
const ASCII_TEXT = /^[\t\n\r -~]*$/;

type Trigger = { ascii: RegExp; all: RegExp };
const byBase = new Map<string, Trigger>();

/** The trigger for a page language (`pt-BR`, `iw_IL`, `en`; unknown or none: the universal words only). */
function triggerFor(lang: string | undefined): Trigger {
  const raw = (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  const base = ALIASES[raw] ?? raw;
  let trigger = byBase.get(base);
  if (!trigger) {
    const stems = [...UNIVERSAL, ...(BY_LANG[base] ?? [])];
    trigger = { ascii: new RegExp(stems.filter(isAscii).join('|')), all: new RegExp(stems.join('|')) };
    byBase.set(base, trigger);
  }
  return trigger;
}

/**
 * False only when `classifyStatus(text, { lang })` is sure to find no customs stage in `text`, for a
 * text in the page's language or in English. Most page texts are plain ASCII: those are only lower-cased
 * (the stems allow any separator between words, `\W+`, as normalising would leave one space), the rest
 * are normalised as the classifier does.
 */
export function mayBeCustoms(text: string, lang?: string): boolean {
  const trigger = triggerFor(lang);
  if (ASCII_TEXT.test(text)) {
    const lower = text.toLowerCase();
    // Normalising turns "_" into a space: a word boundary the stems may rely on.
    return trigger.ascii.test(lower.includes('_') ? lower.replace(/_/g, ' ') : lower);
  }
  return trigger.all.test(normalizeStatusText(text));
}
