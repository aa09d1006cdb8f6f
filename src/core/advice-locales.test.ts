// Meta-test: every UI language translates every advice string, with the same placeholders.
import { describe, expect, it } from 'vitest';
import enAdvice from '../locales/en/advice.ts';
import { CATALOGS, UI_LANGS } from '../locales/index.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(UI_LANGS.filter((l) => l !== 'en'))('%s advice strings', (lang) => {
  it.each(Object.entries(enAdvice))('%s', (key, english) => {
    const text = (CATALOGS[lang] as Record<string, string | undefined>)[key];
    expect(text, `${lang} lacks ${key}`).toBeTruthy();
    expect(placeholders(text ?? '')).toEqual(placeholders(english));
  });
});
