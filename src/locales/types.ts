/**
 * Types shared by every locale file. The English catalog is the reference: its keys are the message
 * keys, and every other language translates each area file completely — `satisfies Translation<typeof
 * en>` makes the compiler reject a missing or an extra key (locales.test.ts also checks placeholders).
 */
import type en from './en/index.ts';

export type MessageKey = keyof typeof en;
/** A complete catalog: one text per key (what a language module exports). */
export type Catalog = { readonly [K in MessageKey]: string };
/** Some of the keys (kept for code that accepts a partial set of strings). */
export type Strings = Partial<Catalog>;
/** A translation of one English area file: exactly its keys, any texts. */
export type Translation<English> = { readonly [K in keyof English]: string };
