// The first-pass trigger never misses what the full classifier gives a stage: over every reference and
// extra status row (in its own language and, for English rows, on every storefront's language), and over
// generated variants (case, place prefixes, surrounding text, two statuses in one text).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyStatus } from './classify-status.ts';
import { mayBeCustoms } from './customs-trigger.ts';
import { parseStatusTsv, type StatusRow } from './fixtures/read-status-tsv.ts';

const rows: StatusRow[] = ['./fixtures/reference/status-strings.tsv', './fixtures/status-strings-extra.tsv'].flatMap(
  (file) => parseStatusTsv(readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8')),
);

/** Page languages AliExpress's storefronts declare (html lang), in the spellings seen. */
const PAGE_LANGS = [
  'en',
  'en-US',
  'es',
  'fr',
  'de',
  'it',
  'pt',
  'pt-BR',
  'nl',
  'pl',
  'ru',
  'tr',
  'ja',
  'ko',
  'he',
  'iw_IL',
  'ar',
  'th',
  'vi',
  'id',
  'zh',
];

/** The page languages a row must be caught on: its own, and every one for an English text. */
const langsFor = (row: StatusRow) => (row.lang === 'en' ? PAGE_LANGS : [row.lang]);

/** The promise: whenever the classifier gives a stage, the trigger said yes. */
function holds(text: string, lang: string): boolean {
  return classifyStatus(text, { lang }) === null || mayBeCustoms(text, lang);
}

describe('mayBeCustoms', () => {
  it('has rows to check (meta-test)', () => {
    expect(rows.filter((r) => r.stage).length).toBeGreaterThan(400);
    expect(new Set(rows.map((r) => r.lang)).size).toBeGreaterThanOrEqual(17);
  });

  it('catches every status row the classifier gives a stage', () => {
    const missed = rows.flatMap((row) =>
      langsFor(row)
        .filter((lang) => !holds(row.text, lang))
        .map((lang) => `${lang}: ${row.text}`),
    );
    expect(missed).toEqual([]);
  });

  it('lets most page text through without the classifier (it can say no)', () => {
    const noise = [
      'Wireless earbuds model 12 with charging case',
      '€19.99',
      '2026-11-20 09:15',
      'Parcel processed at sorting center 4',
      'Departed from departure country/region',
      'Recommended for you',
      'Free shipping',
      'Auriculares inalámbricos con estuche de carga',
      'Paquete en camino',
      'Объект прибыл в сортировочный центр',
    ];
    for (const text of noise)
      expect(mayBeCustoms(text, text.startsWith('Au') || text.startsWith('Pa') ? 'es' : 'en')).toBe(false);
    const none = rows.filter((r) => r.stage === null);
    const stopped = none.filter((r) => !mayBeCustoms(r.text, r.lang)).length;
    // Non-customs statuses (delivery, sorting, departure) mostly stop here too.
    expect(stopped / none.length).toBeGreaterThan(0.4);
  });

  it('keeps the page language words to that language', () => {
    expect(mayBeCustoms('IVA incluido', 'es')).toBe(true);
    expect(mayBeCustoms('IVA incluido', 'en')).toBe(false);
    expect(mayBeCustoms('Opłata cła', 'pl-PL')).toBe(true);
    expect(mayBeCustoms('Opłata cła', 'de')).toBe(false);
    expect(mayBeCustoms('מע"מ', 'iw_IL')).toBe(true);
  });

  const withStage = rows.filter((r) => r.stage);
  const row = fc.constantFrom(...withStage);
  const word = fc.constantFrom(
    'Madrid',
    'Paris',
    '[Shenzhen]',
    '【深圳】',
    '(Lisboa)',
    'Order',
    'Sendung',
    'paquete',
    '2026-11-20 09:15',
    'US $8.75',
    '—',
    ':',
    '!',
    '...',
    'LP00123456789012',
  );
  const casing = fc.constantFrom<(s: string) => string>(
    (s) => s,
    (s) => s.toUpperCase(),
    (s) => s.toLowerCase(),
    (s) => s.replace(/(^|\s)(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase()),
    (s) => s.normalize('NFD'),
  );

  it('catches generated variants: case, decomposed accents, places and noise around the status', () => {
    fc.assert(
      fc.property(
        row,
        casing,
        fc.array(word, { maxLength: 3 }),
        fc.array(word, { maxLength: 3 }),
        fc.constantFrom(' ', ', ', ' - ', ': ', '\n'),
        (r, cased, before, after, sep) => {
          const text = [before.join(' '), cased(r.text), after.join(' ')].filter(Boolean).join(sep);
          return langsFor(r).every((lang) => holds(text, lang));
        },
      ),
      { numRuns: 3000, seed: 16 },
    );
  });

  it('catches two statuses (or a status and any row) run together in one text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...rows),
        fc.constantFrom(...rows),
        fc.constantFrom(' ', '. ', ' / '),
        (a, b, sep) => {
          const text = `${a.text}${sep}${b.text}`;
          // On a page whose language is L, texts in L and English are promised.
          const pageLangs = [a.lang, b.lang, 'en'].filter((l) => [a.lang, b.lang].every((x) => x === l || x === 'en'));
          return pageLangs.every((lang) => holds(text, lang));
        },
      ),
      { numRuns: 3000, seed: 17 },
    );
  });
});
