/**
 * Vite plugin: writes the TypeScript catalogs of src/locales out as the browser's
 * `_locales/<lang>/messages.json`, so the manifest and `browser.i18n` see the same strings the UI uses.
 * `{name}` placeholders become Chrome's `$name$` placeholders, numbered in order of appearance.
 */
import type { Plugin } from 'vite';
import { CATALOGS, UI_LANGS } from '../src/locales/index.ts';

type ChromeMessage = { message: string; placeholders?: Record<string, { content: string }> };

export function toChromeMessages(catalog: Record<string, string | undefined>): Record<string, ChromeMessage> {
  const out: Record<string, ChromeMessage> = {};
  for (const [key, text] of Object.entries(catalog)) {
    if (text === undefined) continue;
    const names: string[] = [];
    const message = text.replace(/\$/g, '$$$$').replace(/\{(\w+)\}/g, (_m, name: string) => {
      if (!names.includes(name)) names.push(name);
      return `$${name}$`;
    });
    out[key] = names.length
      ? { message, placeholders: Object.fromEntries(names.map((n, i) => [n, { content: `$${i + 1}` }])) }
      : { message };
  }
  return out;
}

export function localesPlugin(): Plugin {
  return {
    name: 'customs-lens-locales',
    generateBundle() {
      for (const lang of UI_LANGS) {
        this.emitFile({
          type: 'asset',
          fileName: `_locales/${lang}/messages.json`,
          source: `${JSON.stringify(toChromeMessages(CATALOGS[lang]), null, 2)}\n`,
        });
      }
    },
  };
}
