/**
 * A short, polite plain-text message to the seller about a parcel held at customs, in the buyer's
 * language (English when there is no template for it). Templates live in knowledge/seller-messages.ts.
 */
import {
  SELLER_TEMPLATE_LANGS,
  SELLER_TEMPLATES,
  type SellerTemplate,
  type SellerTemplateLang,
} from './knowledge/seller-messages.ts';
import type { Stage } from './stages.ts';

export type SellerMessageFacts = { orderId?: string; trackingNumber?: string; stage: Stage; daysHeld?: number };

/** The template language for a language tag ('he' for the old 'iw'); English when there is none. */
export function sellerTemplateLang(lang: string): SellerTemplateLang {
  const lower = lang.toLowerCase().replace('_', '-');
  const base = lower.startsWith('iw') ? 'he' : (lower.split('-')[0] ?? 'en');
  return SELLER_TEMPLATE_LANGS.find((l) => l === base) ?? 'en';
}

export function sellerMessage(lang: string, facts: SellerMessageFacts): string {
  return sellerMessageFrom(SELLER_TEMPLATES[sellerTemplateLang(lang)], facts);
}

/** The message from a template already chosen (the panel's view picks its language's once). */
export function sellerMessageFrom(t: SellerTemplate, facts: SellerMessageFacts): string {
  const lines = [t.greeting, '', t.situation[facts.stage]];
  if (facts.orderId) lines.push(t.orderLine.replace('{orderId}', facts.orderId));
  if (facts.trackingNumber) lines.push(t.trackingLine.replace('{trackingNumber}', facts.trackingNumber));
  if (facts.daysHeld !== undefined && facts.daysHeld > 0 && facts.stage !== 'returned') {
    lines.push(t.daysLine.replace('{days}', String(facts.daysHeld)));
  }
  lines.push('', facts.stage === 'returned' ? t.askReturned : t.ask, '', t.closing);
  return lines.join('\n');
}
