// Meta-test: every UI language has exactly the English keys with the same {placeholders}, and every
// English key is used by the code — literally, or through one of the declared dynamic key families.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultStore, TRACKER_IDS } from '../core/schemas/store.ts';
import { sellerMessage } from '../core/seller-message.ts';
import { STAGES } from '../core/stages.ts';
import { FAILURE_KINDS } from '../core/tracker-failure.ts';
import en from './en/index.ts';
import { CATALOGS, type MessageKey, UI_LANGS } from './index.ts';
import { createLocaleLoader } from './load-locale.ts';
import { localeFor } from './locale-for.ts';
import { messageArgs, pluralForms } from './translate.ts';

const SRC = join(import.meta.dirname, '..');
const ENGLISH = en as Record<string, string>;
const placeholders = (text: string) => messageArgs(text);

/**
 * Keys the code builds at run time (`stage_${stage}`): each family is the template's fixed prefix and
 * the exact values it is built from. Only these keys count as used, so a stale key still fails.
 */
const DYNAMIC_KEYS: ReadonlyArray<{ prefix: string; values: readonly string[] }> = [
  { prefix: 'stage_', values: STAGES },
  { prefix: 'options_notify_', values: Object.keys(defaultStore().settings.notify) },
  { prefix: 'options_tracker_about_', values: TRACKER_IDS },
  { prefix: 'notifications_error_', values: FAILURE_KINDS },
];

/** Product source files: every .ts/.tsx under src except tests and the catalogs themselves. */
function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const catalogDir = relative(SRC, dir) === 'locales' && (UI_LANGS as readonly string[]).includes(entry.name);
      return catalogDir ? [] : sourceFiles(path);
    }
    return /\.tsx?$/.test(entry.name) && !/\.(test|fuzz\.test)\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const sources = sourceFiles().map((file) => ({ file: relative(SRC, file), text: readFileSync(file, 'utf8') }));
/** The manifest's `__MSG_key__` references (name, description, action title) use keys too. */
const manifestKeys = [...readFileSync(join(SRC, '../manifest.json'), 'utf8').matchAll(/__MSG_(\w+)__/g)].map(
  (m) => m[1] ?? '',
);

describe.each(UI_LANGS.filter((lang) => lang !== 'en'))('%s catalog', (lang) => {
  const catalog = CATALOGS[lang] as Record<string, string>;

  it('has every English key', () => {
    expect(Object.keys(ENGLISH).filter((key) => !catalog[key]?.trim())).toEqual([]);
  });

  it('has no key English does not have', () => {
    expect(Object.keys(catalog).filter((key) => !(key in ENGLISH))).toEqual([]);
  });

  it('uses the same {placeholders} as English in every text', () => {
    const differing = Object.keys(ENGLISH)
      .filter((key) => catalog[key] !== undefined)
      .filter((key) => placeholders(catalog[key] ?? '').join() !== placeholders(ENGLISH[key] ?? '').join())
      .map((key) => `${key}: ${catalog[key]}`);
    expect(differing).toEqual([]);
  });

  it('loads on its own as the same catalog the other contexts use', async () => {
    const loadLocale = createLocaleLoader(async (l) => (await import(`./${l}/index.ts`)).default);
    const locale = await loadLocale(lang, undefined);
    expect(locale.lang).toBe(lang);
    for (const key of Object.keys(ENGLISH) as MessageKey[]) expect(locale.t(key)).toBe(catalog[key]);
  });
});

describe.each(UI_LANGS)('%s wording', (lang) => {
  it('names the panel’s watch button by its own label where it tells the buyer to press it', () => {
    const catalog = CATALOGS[lang];
    expect(catalog.popup_empty_step_watch).toContain(catalog.panel_watch);
  });
});

describe('seller message', () => {
  it.each(UI_LANGS.filter((lang) => lang !== 'en'))('%s has its own template for every stage', (lang) => {
    for (const stage of STAGES) {
      const facts = { orderId: '8180000000000101', trackingNumber: 'LP00123456789012', stage, daysHeld: 5 };
      const text = sellerMessage(lang, facts);
      expect(text).not.toBe(sellerMessage('en', facts));
      expect(text).toContain('8180000000000101');
      expect(text).toContain('LP00123456789012');
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('English catalog', () => {
  const literals = new Set([
    ...sources.flatMap(({ text }) =>
      [...text.matchAll(/(['"`])([a-z][A-Za-z0-9]*_[A-Za-z0-9_]+)\1/g)].map((m) => m[2] ?? ''),
    ),
    ...manifestKeys,
  ]);
  const dynamic = new Set(DYNAMIC_KEYS.flatMap(({ prefix, values }) => values.map((v) => `${prefix}${v}`)));

  it('has no unused key', () => {
    const unused = Object.keys(ENGLISH).filter((key) => !literals.has(key) && !dynamic.has(key));
    expect(unused).toEqual([]);
  });

  it('has every key the code uses', () => {
    const keyLike = /^(stage|ext|panel|advice|popup|options|notifications|charges)_/;
    const unknown = [...literals, ...dynamic].filter((key) => keyLike.test(key) && !(key in ENGLISH));
    expect(unknown).toEqual([]);
  });

  it('declares every key family the code builds at run time, and only those', () => {
    const built = new Set(
      sources.flatMap(({ text }) =>
        [...text.matchAll(/`([a-z][A-Za-z0-9]*_(?:[A-Za-z0-9]+_)*)\$\{/g)].map((m) => m[1] ?? ''),
      ),
    );
    const keyFamilies = [...built].filter((prefix) => Object.keys(ENGLISH).some((key) => key.startsWith(prefix)));
    expect(keyFamilies.sort()).toEqual(DYNAMIC_KEYS.map((d) => d.prefix).sort());
  });
});

// WCAG 2.5.3 (label in name): a control whose accessible name (`x_label`) differs from its visible text
// (`x`) must contain that text, so a speech user can say what they see. Placeholders that stand for the
// visible text itself (`{retrack}`) are filled with it.
describe.each(UI_LANGS)('%s accessible names', (lang) => {
  const catalog = CATALOGS[lang] as Record<string, string>;
  const pairs = Object.keys(ENGLISH)
    .filter((key) => key.endsWith('_label') && key.slice(0, -'_label'.length) in ENGLISH)
    .map((key) => [key.slice(0, -'_label'.length), key] as const);
  const fold = (text: string) => text.toLocaleLowerCase(lang.replace('_', '-')).replace(/\s+/g, ' ').trim();

  it('contain the visible words of their control', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(4);
    const mismatched = pairs
      .filter(([visible, label]) => {
        const shown = catalog[visible] ?? '';
        const name = (catalog[label] ?? '').replaceAll('{retrack}', shown);
        return !fold(name).includes(fold(shown));
      })
      .map(([visible, label]) => `${visible} “${catalog[visible]}” ⊄ ${label} “${catalog[label]}”`);
    expect(mismatched).toEqual([]);
  });
});

/**
 * Counts: wherever a number decides the words next to it, the text has a plural form (`{days, plural,
 * one {# day} other {# days}}`) with every form the language's Intl.PluralRules gives whole numbers
 * (Polish one/few/many, Hebrew one/two, …) — never "1 beobachteten Sendungen". Exempt: a number shown as
 * a label's value or in brackets after a noun, where no word agrees with it (listed with the reason).
 */
const COUNT_ARGS = ['count', 'days', 'max', 'after', 'seconds', 'added', 'replaced', 'settings'];
const BARE_NUMBER: Record<string, string> = {
  options_import_add: 'heading with the number in brackets',
  options_import_replace: 'heading with the number in brackets',
  options_import_unchanged: 'heading with the number in brackets',
  options_import_settings: 'heading with the number in brackets',
  options_import_rejected: 'heading with the number in brackets',
  options_import_done: 'label: number',
  options_clear_confirm_body: 'number in brackets after the noun',
  popup_check_done: 'label: number',
  popup_check_done_errors: 'label: number',
  popup_days_at_customs: '{days} is a duration already formatted with its unit (Intl.NumberFormat)',
  notifications_summary_more: 'a bare number after “and”, no noun',
};

describe.each(UI_LANGS)('%s plural forms', (lang) => {
  const catalog = CATALOGS[lang] as Record<string, string>;
  const rules = new Intl.PluralRules(lang.replace('_', '-'));
  const needed = new Set(Array.from({ length: 1001 }, (_, n) => rules.select(n)));
  const allowed = new Set<string>(rules.resolvedOptions().pluralCategories);

  it('every text parses', () => {
    for (const key of Object.keys(ENGLISH)) expect(() => messageArgs(catalog[key] ?? ''), key).not.toThrow();
  });

  it('a count outside a plural form is only a bare number', () => {
    const offenders = Object.keys(ENGLISH)
      .filter((key) => !(key in BARE_NUMBER))
      .flatMap((key) => {
        const text = catalog[key] ?? '';
        const plural = new Set(pluralForms(text).map((f) => f.arg));
        return messageArgs(text)
          .filter((arg) => COUNT_ARGS.includes(arg) && !plural.has(arg))
          .map((arg) => `${key} {${arg}}: ${text}`);
      });
    expect(offenders).toEqual([]);
  });

  it('every plural form has the forms the language needs, and only real ones', () => {
    const wrong = Object.keys(ENGLISH).flatMap((key) =>
      pluralForms(catalog[key] ?? '').flatMap(({ arg, selectors }) => {
        const missing = [...needed].filter((c) => !selectors.includes(c));
        const unknown = selectors.filter((s) => !allowed.has(s) && !/^=\d+$/.test(s));
        return missing.length || unknown.length ? [`${key} {${arg}}: missing ${missing} unknown ${unknown}`] : [];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('the exempt texts still exist', () => {
    for (const key of Object.keys(BARE_NUMBER)) expect(ENGLISH[key], key).toBeDefined();
  });
});

it('German says one parcel for one parcel', () => {
  const t = localeFor('de', 'de').t;
  expect(t('notifications_summary_title', { count: 1 })).toBe('Neuigkeiten zu 1 beobachteten Sendung');
  expect(t('notifications_summary_title', { count: 4 })).toBe('Neuigkeiten zu 4 beobachteten Sendungen');
  expect(localeFor('pl', 'pl').t('panel_days_at_customs', { days: 3 })).toBe('3 dni w urzędzie celnym');
  expect(localeFor('he', 'he').t('panel_days_at_customs', { days: 2 })).toBe('יומיים במכס');
});
