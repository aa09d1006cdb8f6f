/**
 * Vite plugin: writes the TypeScript catalogs of src/locales out as the browser's
 * `_locales/<lang>/messages.json`, so the manifest and `browser.i18n` see the same strings the UI uses.
 * `{name}` placeholders become Chrome's `$name$` placeholders, numbered in order of appearance; a
 * literal `$` is written `$$`, as Chrome's format asks; a plural form becomes its `other` branch. Also writes each catalog as a standalone ES
 * module for the on-page panel, which loads only the language it shows and only the areas it shows
 * (src/locales/catalog-files.ts).
 */
import type { Plugin } from 'vite';
import { catalogModuleFile, panelCatalog } from '../src/locales/catalog-files.ts';
import { CATALOGS, UI_LANGS } from '../src/locales/index.ts';
import { withOtherForms } from '../src/locales/translate.ts';

export type ChromeMessage = { message: string; placeholders?: Record<string, { content: string }> };

export function toChromeMessages(catalog: Readonly<Record<string, string | undefined>>): Record<string, ChromeMessage> {
  const out: Record<string, ChromeMessage> = {};
  for (const [key, text] of Object.entries(catalog)) {
    if (text === undefined) continue;
    const names: string[] = [];
    // messages.json has no plural forms: a `{n, plural, …}` text is written as its general (`other`) form.
    const message = withOtherForms(text)
      .replace(/\$/g, '$$$$')
      .replace(/\{(\w+)\}/g, (_m, name: string) => {
        if (!names.includes(name)) names.push(name);
        return `$${name}$`;
      });
    out[key] = names.length
      ? { message, placeholders: Object.fromEntries(names.map((n, i) => [n, { content: `$${i + 1}` }])) }
      : { message };
  }
  return out;
}

/** The files the build writes per UI language: messages.json for the browser, a catalog module for the panel. */
export function localeFiles(): Array<{ fileName: string; source: string }> {
  return UI_LANGS.flatMap((lang) => [
    {
      fileName: `_locales/${lang}/messages.json`,
      source: `${JSON.stringify(toChromeMessages(CATALOGS[lang]), null, 2)}\n`,
    },
    // Plain data (JSON is valid JavaScript), so nothing in it runs but the object literal.
    { fileName: catalogModuleFile(lang), source: `export default ${JSON.stringify(panelCatalog(CATALOGS[lang]))};\n` },
  ]);
}

export function localesPlugin(): Plugin {
  return {
    name: 'customs-lens-locales',
    generateBundle() {
      for (const file of localeFiles()) this.emitFile({ type: 'asset', ...file });
    },
  };
}
