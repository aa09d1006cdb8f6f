import { describe, expect, it } from 'vitest';
import { type AdviceInput, buildAdvice } from './advice.ts';
import type { CustomsEpisode } from './customs-episode.ts';

const held = (days: number): CustomsEpisode => ({
  stage: 'inspection',
  leftCustoms: false,
  events: [],
  daysInCustoms: days,
});
// A quiet day: no peak season, no backlog.
const QUIET = new Date('2026-05-12T10:00:00Z');

const advise = (input: Partial<AdviceInput> & { order: AdviceInput['order'] }) =>
  buildAdvice({ stage: 'inspection', today: QUIET, ...input });

describe('buildAdvice: why', () => {
  it('EU order over the IOSS limit: VAT was not collected, ranked first with the €150 limit', () => {
    const a = advise({ order: { destCountry: 'ES', total: { amount: 182, currency: 'EUR' }, itemCount: 4 } });
    expect(a.reasons[0]).toMatchObject({
      id: 'vat_not_collected',
      params: { total: '€182', limit: '€150' },
      cautious: false,
    });
    expect(a.reasons.map((r) => r.id)).toContain('several_items');
  });

  it('formats money in the reader’s language and says "about" after converting', () => {
    const a = advise({ order: { destCountry: 'ES', total: { amount: 230, currency: 'USD' } }, lang: 'es' });
    expect(a.reasons[0]?.id).toBe('vat_not_collected');
    expect(a.reasons[0]?.params.limit).toMatch(/^150\s€$/);
    expect(a.reasons[0]?.params.total).toMatch(/^unos 198\s€$/);
    expect(a.reasons[0]?.cautious).toBe(true);
  });

  it('EU order under the limit: VAT was paid, only a routine check', () => {
    const a = advise({ order: { destCountry: 'de', total: { amount: 40, currency: 'EUR' } } });
    expect(a.reasons.map((r) => r.id)).toEqual(['vat_check']);
    expect(a.reasons.some((r) => r.id === 'vat_not_collected')).toBe(false);
  });

  it('does not call a converted total that is too close to the limit', () => {
    const a = advise({ order: { destCountry: 'FR', total: { amount: 175, currency: 'USD' } } });
    expect(a.reasons.filter((r) => r.id.startsWith('vat'))).toEqual([]);
  });

  it('UK over £135', () => {
    const a = advise({ order: { destCountry: 'GB', total: { amount: 160, currency: 'GBP' } } });
    expect(a.reasons[0]).toMatchObject({ id: 'vat_not_collected', params: { total: '£160', limit: '£135' } });
  });

  it('Canada in December: duties, peak season and backlog, and a longer usual hold', () => {
    const december = new Date('2026-12-10T10:00:00Z');
    const a = buildAdvice({
      stage: 'delay',
      order: { destCountry: 'CA', total: { amount: 45, currency: 'CAD' } },
      today: december,
    });
    const ids = a.reasons.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['duties_due', 'peak_season', 'country_backlog']));
    expect(a.reasons.find((r) => r.id === 'duties_due')?.params).toMatchObject({ country: 'Canada', limit: 'CA$20' });
    const quiet = buildAdvice({ stage: 'delay', order: { destCountry: 'CA' }, today: QUIET });
    expect(a.usualDays.max).toBeGreaterThan(quiet.usualDays.max);
    expect(a.usualDays.key).toBe('advice_usual_days_busy');
    expect(quiet.usualDays.key).toBe('advice_usual_days');
  });

  it('USA after the end of de minimis: duties are due on any value', () => {
    const a = advise({ order: { destCountry: 'US', total: { amount: 12, currency: 'USD' } } });
    expect(a.reasons[0]).toMatchObject({ id: 'duties_due', key: 'advice_reason_duties_due_us', cautious: false });
    const before = advise({
      order: { destCountry: 'US', total: { amount: 12, currency: 'USD' } },
      today: new Date('2025-06-01'),
    });
    expect(before.reasons.some((r) => r.id === 'duties_due')).toBe(false);
  });

  it('Brazil: taxes are normally prepaid under Remessa Conforme', () => {
    const a = buildAdvice({
      stage: 'action_required',
      order: { destCountry: 'BR', total: { amount: 300, currency: 'BRL' } },
      today: QUIET,
    });
    expect(a.reasons[0]).toMatchObject({
      id: 'prepaid_taxes',
      params: { programme: 'Remessa Conforme' },
      cautious: true,
    });
    expect(a.steps[0]).toMatchObject({ id: 'pay_duties', urgent: true });
  });

  it('Australia over A$1000', () => {
    const over = advise({ order: { destCountry: 'AU', total: { amount: 1200, currency: 'AUD' } } });
    expect(over.reasons[0]).toMatchObject({ id: 'vat_not_collected', params: { limit: 'A$1,000', total: 'A$1,200' } });
    const under = advise({ order: { destCountry: 'AU', total: { amount: 80, currency: 'AUD' } } });
    expect(under.reasons[0]?.id).toBe('vat_check');
  });

  it('Norway: the VOEC limit is per item, so only a single item over it means VAT was not collected', () => {
    const one = advise({ order: { destCountry: 'NO', total: { amount: 4200, currency: 'NOK' }, itemCount: 1 } });
    expect(one.reasons[0]?.id).toBe('vat_not_collected');
    const several = advise({ order: { destCountry: 'NO', total: { amount: 4200, currency: 'NOK' }, itemCount: 3 } });
    expect(several.reasons.map((r) => r.id)).not.toContain('vat_not_collected');
    expect(several.reasons.map((r) => r.id)).toContain('vat_check');
  });

  it('counterfeit-prone brands only from titles, and not from accessories that fit them', () => {
    const branded = advise({ order: { itemTitles: ['Nike Air Max 90 running shoes for men'] } });
    expect(branded.reasons[0]).toMatchObject({ id: 'counterfeit_check', params: { brand: 'Nike' } });
    const accessory = advise({
      order: { itemTitles: ['Silicone case for iPhone 15 Pro', 'Strap compatible with Apple Watch'] },
    });
    expect(accessory.reasons.some((r) => r.id === 'counterfeit_check')).toBe(false);
    expect(advise({ order: {} }).reasons).toEqual([]);
  });

  it('flags the red X for inspection and delay', () => {
    expect(advise({ order: {} }).redXNote).toBe(true);
    expect(buildAdvice({ stage: 'released', order: {}, today: QUIET }).redXNote).toBe(false);
  });

  it('lists sources for the facts it used', () => {
    const a = advise({ order: { destCountry: 'GB', total: { amount: 160, currency: 'GBP' } } });
    expect(a.sources.map((s) => s.url)).toContain(
      'https://www.gov.uk/guidance/charging-vat-on-goods-sold-direct-to-customers-in-the-uk',
    );
  });
});

describe('buildAdvice: what to do', () => {
  const ids = (input: Partial<AdviceInput> & { order: AdviceInput['order'] }) => advise(input).steps.map((s) => s.id);

  it('early on: wait, re-track, watch', () => {
    const a = advise({ episode: held(2), order: { destCountry: 'ES' } });
    expect(a.steps.map((s) => s.id)).toEqual(['wait', 'retrack', 'watch']);
    expect(a.steps[0]?.params).toEqual({ days: 8 });
    expect(a.steps[1]).toMatchObject({ key: 'advice_step_retrack', params: { carrier: 'Correos' } });
    expect(a.overdue).toBe(false);
    expect(a.elapsedDays).toBe(2);
  });

  it('contacts the seller once the hold is longer than usual', () => {
    const a = advise({ episode: held(12), order: {} });
    expect(a.overdue).toBe(true);
    expect(a.steps.map((s) => s.id)).toEqual(['retrack', 'watch', 'contact_seller']);
  });

  it('asks for a protection extension when it runs low', () => {
    expect(ids({ episode: held(3), order: { protectionDaysLeft: 8 } })[0]).toBe('contact_seller');
  });

  it('opens a dispute, urgently, when protection is 5 days or less', () => {
    const a = advise({ episode: held(3), order: { protectionDaysLeft: 5 } });
    expect(a.steps[0]).toMatchObject({ id: 'open_dispute', urgent: true, params: { days: 5 } });
    expect(ids({ episode: held(3), order: { protectionDaysLeft: 6 } })).not.toContain('open_dispute');
  });

  it('returned parcels: dispute first', () => {
    const a = buildAdvice({ stage: 'returned', order: {}, today: QUIET });
    expect(a.steps.map((s) => s.id)).toEqual(['open_dispute', 'contact_seller']);
    expect(a.usualDays).toMatchObject({ min: 0, max: 0, key: 'advice_usual_days_none' });
  });

  it('export customs: nothing to do', () => {
    const a = buildAdvice({ stage: 'export_clearance', order: { protectionDaysLeft: 40 }, today: QUIET });
    expect(a.steps.map((s) => s.id)).toEqual(['wait', 'watch']);
    expect(a.reasons).toEqual([]);
  });
});
