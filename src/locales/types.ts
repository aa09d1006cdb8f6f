/** Types shared by every locale file: a translation may only use keys the English catalog defines. */
import type en from './en/index.ts';

export type MessageKey = keyof typeof en;
export type Strings = { readonly [K in MessageKey]?: string };
