import { describe, expect, it } from 'vitest';
import { messageArgs, parseMessage, pluralForms, translatorFor, withOtherForms } from './translate.ts';
import type { Catalog } from './types.ts';

const catalogOf = (texts: Record<string, string>) => texts as unknown as Catalog;
type Key = Parameters<ReturnType<typeof translatorFor>>[0];
const k = (key: string) => key as Key;

describe('translatorFor', () => {
  it('fills placeholders and leaves a missing one as written', () => {
    const t = translatorFor(catalogOf({ a: 'Now watching {number} ({name})' }));
    expect(t(k('a'), { number: 'LP1' })).toBe('Now watching LP1 ({name})');
  });

  it('chooses the plural form with the language’s rules', () => {
    const text = '{count, plural, one {# Sendung hat} other {# Sendungen haben}} Neuigkeiten';
    const de = translatorFor(catalogOf({ a: text }), 'de');
    expect(de(k('a'), { count: 1 })).toBe('1 Sendung hat Neuigkeiten');
    expect(de(k('a'), { count: 3 })).toBe('3 Sendungen haben Neuigkeiten');
    const pl = translatorFor(
      catalogOf({ a: 'za {days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}' }),
      'pl',
    );
    expect([1, 2, 5, 22, 25].map((days) => pl(k('a'), { days }))).toEqual([
      'za 1 dzień',
      'za 2 dni',
      'za 5 dni',
      'za 22 dni',
      'za 25 dni',
    ]);
    const he = translatorFor(catalogOf({ a: '{days, plural, one {יום אחד} two {יומיים} other {# ימים}}' }), 'he');
    expect([1, 2, 7].map((days) => he(k('a'), { days }))).toEqual(['יום אחד', 'יומיים', '7 ימים']);
  });

  it('prefers an exact =N branch, takes numeric strings, and fills placeholders inside a branch', () => {
    const t = translatorFor(
      catalogOf({ a: '{min} to {max, plural, =0 {none} one {# day for {who}} other {# days for {who}}}' }),
      'en',
    );
    expect(t(k('a'), { min: 0, max: 0, who: 'you' })).toBe('0 to none');
    expect(t(k('a'), { min: 1, max: '1', who: 'you' })).toBe('1 to 1 day for you');
    expect(t(k('a'), { min: 1, max: 4, who: 'you' })).toBe('1 to 4 days for you');
  });
});

describe('parseMessage', () => {
  it('refuses a plural without other, or one left open', () => {
    expect(() => parseMessage('{n, plural, one {# day}}')).toThrow(/other/);
    expect(() => parseMessage('{n, plural, one {# day} other {# days}')).toThrow();
    expect(() => parseMessage('{n, plural, lots {# day} other {# days}}')).toThrow(/malformed/);
  });

  it('lists arguments and plural forms', () => {
    const text = 'In {country}: {n, plural, one {# item, {fee}} other {# items}}';
    expect(messageArgs(text)).toEqual(['country', 'fee', 'n']);
    expect(pluralForms(text)).toEqual([{ arg: 'n', selectors: ['one', 'other'] }]);
  });
});

it('withOtherForms writes the general form for a format without plurals', () => {
  expect(withOtherForms('In {country}: {n, plural, one {# item} other {# items, {fee}}}!')).toBe(
    'In {country}: {n} items, {fee}!',
  );
});
