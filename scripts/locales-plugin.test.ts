// The _locales files the build writes are valid for Chrome and say what the catalogs say; the manifest's
// __MSG_…__ names exist in every language, within the stores' length limits.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogModuleFile, isPanelKey } from '../src/locales/catalog-files.ts';
import { CATALOGS, type MessageKey, UI_LANGS } from '../src/locales/index.ts';
import { translatorFor } from '../src/locales/translate.ts';
import { type ChromeMessage, localeFiles, toChromeMessages } from './locales-plugin.ts';
import { manifestFor } from './manifest-for.ts';

const manifest = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;
const files = localeFiles();
const messagesOf = (lang: string) =>
  JSON.parse(files.find((f) => f.fileName === `_locales/${lang}/messages.json`)?.source ?? '{}') as Record<
    string,
    ChromeMessage
  >;

/** What `chrome.i18n.getMessage(name, substitutions)` returns for a messages.json entry. */
function chromeGetMessage(entry: ChromeMessage, substitutions: string[]): string {
  const byName = new Map(Object.entries(entry.placeholders ?? {}).map(([n, p]) => [n.toLowerCase(), p.content]));
  return entry.message
    .replace(/\$(\w+)\$/g, (m, name: string) => byName.get(name.toLowerCase()) ?? m)
    .replace(/\$(\$|[1-9])/g, (_m, what: string) => (what === '$' ? '$' : (substitutions[Number(what) - 1] ?? '')));
}

describe('emitted messages.json', () => {
  it('one file per UI language, English (the default_locale) among them', () => {
    const messageFiles = files.map((f) => f.fileName).filter((name) => name.startsWith('_locales/'));
    expect(messageFiles.sort()).toEqual(UI_LANGS.map((l) => `_locales/${l}/messages.json`).sort());
    expect(UI_LANGS).toContain(manifest.default_locale);
  });

  describe.each(UI_LANGS)('%s', (lang) => {
    const messages = messagesOf(lang);

    it('has a message for every catalog key', () => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(CATALOGS[lang]).sort());
    });

    it('uses only names and placeholders Chrome accepts', () => {
      const problems: string[] = [];
      for (const [name, entry] of Object.entries(messages)) {
        if (!/^[A-Za-z0-9_@]+$/.test(name) || name.startsWith('@@')) problems.push(`bad name ${name}`);
        const declared = Object.entries(entry.placeholders ?? {});
        declared.forEach(([placeholder, { content }], i) => {
          if (!/^[A-Za-z0-9_@]+$/.test(placeholder)) problems.push(`${name}: bad placeholder ${placeholder}`);
          if (content !== `$${i + 1}`) problems.push(`${name}: ${placeholder} content ${content}`);
        });
        const names = new Set(declared.map(([n]) => n.toLowerCase()));
        // Every `$` is an escaped `$$` or a declared `$name$`; nothing else may reach Chrome's parser.
        const rest = entry.message.replace(/\$\$|\$(\w+)\$/g, (m, used?: string) =>
          used === undefined || names.has(used.toLowerCase()) ? '' : m,
        );
        if (rest.includes('$')) problems.push(`${name}: stray $ in ${entry.message}`);
      }
      expect(problems).toEqual([]);
    });

    it('reads back through chrome.i18n as the catalog text', () => {
      const t = translatorFor(CATALOGS[lang]);
      for (const [name, entry] of Object.entries(messages)) {
        const order = Object.keys(entry.placeholders ?? {});
        const params = Object.fromEntries(order.map((p) => [p, `<${p}>`]));
        expect(
          chromeGetMessage(
            entry,
            order.map((p) => `<${p}>`),
          ),
        ).toBe(t(name as MessageKey, params));
      }
    });

    it('names and describes the extension within the stores’ limits', () => {
      expect(messages.ext_name?.message.length).toBeGreaterThan(0);
      expect(messages.ext_name?.message.length).toBeLessThanOrEqual(75);
      expect(messages.ext_description?.message.length).toBeGreaterThan(0);
      expect(messages.ext_description?.message.length).toBeLessThanOrEqual(132);
    });
  });

  it('every __MSG_…__ of both browsers’ manifests exists in every language', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const text = JSON.stringify(manifestFor(browser, manifest as Parameters<typeof manifestFor>[1], '1.0.0'));
      const used = [...text.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] ?? '');
      expect(used).toEqual(expect.arrayContaining(['ext_name', 'ext_description']));
      for (const lang of UI_LANGS) expect(used.filter((key) => !messagesOf(lang)[key])).toEqual([]);
    }
    expect(String(manifest.short_name).length).toBeLessThanOrEqual(12);
  });
});

describe('toChromeMessages', () => {
  it('escapes a literal $ and numbers repeated placeholders once', () => {
    expect(toChromeMessages({ a: 'Pay $5 for {x}, then {y} and {x} again' })).toEqual({
      a: {
        message: 'Pay $$5 for $x$, then $y$ and $x$ again',
        placeholders: { x: { content: '$1' }, y: { content: '$2' } },
      },
    });
  });
});

describe('catalog modules for the panel', () => {
  it.each(UI_LANGS)(
    '%s: an ES module whose default export is the panel’s part of the catalog, web-accessible',
    async (lang) => {
      const file = files.find((f) => f.fileName === catalogModuleFile(lang));
      expect(file).toBeDefined();
      const module = (await import(`data:text/javascript,${encodeURIComponent(file?.source ?? '')}`)) as {
        default: unknown;
      };
      const panelPart = Object.fromEntries(Object.entries(CATALOGS[lang]).filter(([key]) => isPanelKey(key)));
      expect(module.default).toEqual(panelPart);
      // The popup's, options page's and notifications' texts stay out (they are most of the catalog).
      expect(Object.keys(panelPart).length).toBeLessThan(Object.keys(CATALOGS[lang]).length / 2);
      expect(Object.keys(module.default as object)).not.toContain('popup_title');
      const resources = (manifest.web_accessible_resources as Array<{ resources: string[] }>).flatMap(
        (w) => w.resources,
      );
      const listed = resources.map((r) => new RegExp(`^${r.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`));
      expect(listed.some((pattern) => pattern.test(catalogModuleFile(lang)))).toBe(true);
    },
  );
});
