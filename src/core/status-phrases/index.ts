/** Every language's status vocabulary, in the order tried when no language hint is given. */
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { he } from './he.ts';
import { it } from './it.ts';
import { ja } from './ja.ts';
import { ko } from './ko.ts';
import { nl } from './nl.ts';
import { pl } from './pl.ts';
import { pt } from './pt.ts';
import { ru } from './ru.ts';
import { th } from './th.ts';
import { tr } from './tr.ts';
import type { PhraseTable } from './types.ts';
import { vi } from './vi.ts';
import { zh } from './zh.ts';

export const PHRASE_TABLES: readonly PhraseTable[] = [
  en,
  es,
  fr,
  de,
  it,
  pt,
  nl,
  pl,
  ru,
  tr,
  ja,
  ko,
  th,
  vi,
  he,
  ar,
  zh,
];
