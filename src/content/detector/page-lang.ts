/**
 * The language of the AliExpress page: `<html lang>`, else the storefront's subdomain (he.aliexpress.com),
 * else the browser's. The panel speaks it where the UI has it, and goes right-to-left for Hebrew/Arabic.
 */
const SUBDOMAIN_LANG: Record<string, string> = {
  es: 'es',
  fr: 'fr',
  de: 'de',
  it: 'it',
  pt: 'pt',
  nl: 'nl',
  pl: 'pl',
  ru: 'ru',
  tr: 'tr',
  ja: 'ja',
  ko: 'ko',
  he: 'he',
  ar: 'ar',
  th: 'th',
  vi: 'vi',
};

export function pageLang(doc: Document = document, href = location.href): string {
  const declared = doc.documentElement.lang.trim();
  if (declared) return declared;
  const sub = new URL(href).hostname.split('.')[0] ?? '';
  return SUBDOMAIN_LANG[sub] ?? navigator.language;
}
