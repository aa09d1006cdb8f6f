/**
 * AliExpress buyer protection, as far as public sources tell: what the escalation advice relies on. The
 * countdown a page shows is the time until the order completes on its own (or the buyer confirms
 * receipt); a "not received" dispute can still be opened for a while after that, and only the seller can
 * extend the countdown.
 */
import type { Sourced } from './sourced.ts';

export type ProtectionRule = Sourced & { id: string };

/** A not-received dispute can be opened until this many days after the order completes. */
export const DISPUTE_AFTER_COMPLETION: ProtectionRule & { days: number } = {
  id: 'dispute_after_completion',
  days: 15,
  source:
    'AliExpress help text quoted by buyer guides: "open a dispute on the 11th day after the seller has sent out your ' +
    'order and within 15 days of the order\'s completion" (bio-guard.net; yahabibati.com); no AliExpress help page ' +
    'in the stored copies (knowledge-2026.md BP1)',
  asOf: '2026-11-25',
  confidence: 'unverified',
};

/** Only the seller can extend the protection countdown; the buyer can only ask. */
export const ONLY_SELLER_EXTENDS: ProtectionRule = {
  id: 'only_seller_extends',
  source:
    'Buyer guides describing the "extend purchase protection" request the seller approves (128gb.ru; sovetclub.ru); ' +
    'knowledge-2026.md BP1',
  asOf: '2026-11-25',
  confidence: 'unverified',
};

/**
 * When to act, in days of protection left: our own margins, not AliExpress rules. Asking the seller takes
 * a few days to be answered; a dispute opened before the order completes keeps the money in escrow.
 */
export const ESCALATION: ProtectionRule & { askSellerAtDays: number; disputeAtDays: number } = {
  id: 'escalation_margins',
  askSellerAtDays: 10,
  disputeAtDays: 5,
  source: 'Customs Lens heuristic: margins before the protection countdown ends (no AliExpress figure exists)',
  asOf: '2026-12-02',
  confidence: 'unverified',
};
