/**
 * Judging a tracking number typed by hand, as a user would expect: a recognised format is accepted; a
 * recognised format with a wrong check digit, or an unknown but plausible one (8–30 letters and
 * digits), is accepted only after a warning; anything else is refused with a reason.
 */
import { parseTrackingNumber } from '../core/tracking-number.ts';

export type ManualNumber =
  | { verdict: 'empty' }
  | { verdict: 'invalid'; number: string }
  | { verdict: 'warn'; number: string; reason: 'unknown' | 'check-digit' }
  | { verdict: 'ok'; number: string; label: string | null };

const PLAUSIBLE = /^[A-Z0-9]{8,30}$/;

export function judgeManualNumber(raw: string): ManualNumber {
  if (!raw.trim()) return { verdict: 'empty' };
  const parsed = parseTrackingNumber(raw);
  const { number } = parsed;
  if (!PLAUSIBLE.test(number)) return { verdict: 'invalid', number };
  if (parsed.kind === 'unknown') return { verdict: 'warn', number, reason: 'unknown' };
  if (!parsed.valid) return { verdict: 'warn', number, reason: 'check-digit' };
  // A UPU number names its origin country; a last-mile number names nothing we can show.
  const label =
    parsed.carrierName ?? (parsed.kind === 'upu_s10' && parsed.originCountry ? `UPU (${parsed.originCountry})` : null);
  return { verdict: 'ok', number, label };
}
