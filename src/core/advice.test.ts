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
    expect(a.reasons[0]?.params.total).toMatch(/^unos 204\s€$/);
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

  it('USA after the end of de minimis for goods from China (2 May 2025): duties are due on any value', () => {
    const a = advise({ order: { destCountry: 'US', total: { amount: 12, currency: 'USD' } } });
    expect(a.reasons[0]).toMatchObject({ id: 'duties_due', key: 'advice_reason_duties_due_us', cautious: false });
    const june2025 = advise({
      order: { destCountry: 'US', total: { amount: 12, currency: 'USD' } },
      today: new Date('2025-06-01'),
    });
    expect(june2025.reasons.some((r) => r.id === 'duties_due')).toBe(true);
    const before = advise({
      order: { destCountry: 'US', total: { amount: 12, currency: 'USD' } },
      today: new Date('2025-04-01'),
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

  it('Switzerland: VAT was charged at checkout, so a bill on arrival is contested, not paid', () => {
    const a = buildAdvice({
      stage: 'action_required',
      order: { destCountry: 'CH', total: { amount: 45, currency: 'CHF' } },
      today: QUIET,
    });
    expect(a.meaningKey).toBe('advice_meaning_action_required_prepaid');
    expect(a.reasons[0]).toMatchObject({
      id: 'vat_paid_platform',
      params: { country: 'Switzerland' },
      cautious: false,
    });
    expect(a.steps[0]).toMatchObject({ id: 'contest_vat', urgent: true, params: { carrier: 'Swiss Post' } });
    expect(a.steps.map((s) => s.id)).not.toContain('pay_duties');
    expect(a.sources.map((s) => s.url)).toContain(
      'https://www.post.ch/en/business-solutions/cross-border/mail-order-platforms',
    );
    // Before the platform rule, the same bill was a bill.
    const in2024 = buildAdvice({
      stage: 'action_required',
      order: { destCountry: 'CH', total: { amount: 45, currency: 'CHF' } },
      today: new Date('2024-06-01T10:00:00Z'),
    });
    expect(in2024.steps[0]?.id).toBe('pay_duties');
  });

  it('Brazil, "pago na origem" at customs: taxes prepaid, nothing to pay', () => {
    const a = buildAdvice({
      stage: 'import_received',
      order: { destCountry: 'BR', total: { amount: 180, currency: 'BRL' } },
      today: QUIET,
    });
    expect(a.reasons[0]).toMatchObject({ id: 'prepaid_taxes', key: 'advice_reason_prepaid_programme' });
    expect(a.steps.map((s) => s.id)).not.toContain('pay_duties');
  });

  it('Chile: IVA charged at checkout up to US$500', () => {
    const under = advise({ order: { destCountry: 'CL', total: { amount: 45.99, currency: 'USD' } } });
    expect(under.reasons[0]).toMatchObject({ id: 'vat_check', params: { limit: '$500', total: '$45.99' } });
    const over = advise({ order: { destCountry: 'CL', total: { amount: 620, currency: 'USD' } } });
    expect(over.reasons[0]).toMatchObject({ id: 'vat_not_collected', cautious: true });
  });

  it('Mexico: one flat rate on courier parcels from China', () => {
    const a = advise({ order: { destCountry: 'MX', total: { amount: 900, currency: 'MXN' } } });
    expect(a.reasons[0]).toMatchObject({
      id: 'flat_rate',
      params: { rate: '33.5%', limit: '$2,500' },
      cautious: true,
    });
  });

  it('Japan: JPY 10,000 on 60% of the price', () => {
    const under = advise({ order: { destCountry: 'JP', total: { amount: 15000, currency: 'JPY' } } });
    expect(under.reasons.some((r) => r.id === 'duties_due')).toBe(false);
    const over = advise({ order: { destCountry: 'JP', total: { amount: 20000, currency: 'JPY' } } });
    expect(over.reasons[0]).toMatchObject({ id: 'duties_due', params: { limit: '¥10,000' } });
  });

  it('Singapore: GST at checkout up to SGD 400 an item', () => {
    const one = advise({ order: { destCountry: 'SG', total: { amount: 520, currency: 'SGD' }, itemCount: 1 } });
    expect(one.reasons[0]).toMatchObject({ id: 'vat_not_collected', cautious: false });
    const several = advise({ order: { destCountry: 'SG', total: { amount: 520, currency: 'SGD' }, itemCount: 3 } });
    expect(several.reasons.map((r) => r.id)).toContain('vat_check');
  });

  it('Israel: import taxes from the VAT ceiling (USD 130), not the duty ceiling (about USD 500)', () => {
    const a = advise({ order: { destCountry: 'IL', total: { amount: 200, currency: 'USD' } } });
    expect(a.reasons[0]).toMatchObject({ id: 'duties_due', params: { limit: '$130' } });
  });

  it('Norway: food and supplements are never VOEC, whatever their value', () => {
    const a = advise({
      order: {
        destCountry: 'NO',
        total: { amount: 300, currency: 'NOK' },
        itemCount: 1,
        itemTitles: ['Vitamin D3 supplements 120 capsules'],
      },
    });
    expect(a.reasons[0]).toMatchObject({ id: 'checkout_excluded', params: { country: 'Norway' }, cautious: true });
    for (const title of [
      'Pill box organizer 7 days',
      'Wine glasses set of 6',
      'Cigarette lighter USB',
      'Vitamin C serum',
    ]) {
      const accessory = advise({
        order: { destCountry: 'NO', total: { amount: 300, currency: 'NOK' }, itemCount: 1, itemTitles: [title] },
      });
      expect(
        accessory.reasons.map((r) => r.id),
        title,
      ).not.toContain('checkout_excluded');
    }
  });

  it('EU from 1 July 2026: under €150 a flat €3 duty per category and the national handling fee', () => {
    const france = advise({ order: { destCountry: 'FR', total: { amount: 40, currency: 'EUR' } } });
    // Before July 2026: VAT paid at checkout, France's €2 fee (from March 2026), no flat duty yet.
    expect(france.reasons.map((r) => r.id)).toEqual(['vat_check', 'handling_fee']);
    const later = new Date('2026-09-10T10:00:00Z');
    const a = buildAdvice({
      stage: 'action_required',
      order: { destCountry: 'FR', total: { amount: 40, currency: 'EUR' } },
      today: later,
    });
    expect(a.reasons.map((r) => r.id)).toEqual(['handling_fee', 'eu_flat_duty', 'vat_check']);
    expect(a.reasons[0]).toMatchObject({
      key: 'advice_reason_handling_fee_line',
      params: { fee: '€2' },
      cautious: true,
    });
    expect(a.reasons[1]).toMatchObject({ params: { amount: '€3', limit: '€150' } });
    const romania = buildAdvice({
      stage: 'inspection',
      order: { destCountry: 'RO', total: { amount: 40, currency: 'EUR' } },
      today: later,
    });
    const fee = romania.reasons.find((r) => r.id === 'handling_fee');
    expect(fee?.key).toBe('advice_reason_handling_fee_parcel');
    expect(fee?.params.fee).toMatch(/^RON\s25$/);
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

  it('asks for a protection extension when it runs low, naming the rule it rests on', () => {
    const a = advise({ episode: held(3), order: { protectionDaysLeft: 8 } });
    expect(a.steps[0]).toMatchObject({ id: 'contact_seller', key: 'advice_step_contact_seller_extend' });
  });

  it('opens a dispute, urgently, when protection is 5 days or less, with the 15 days after completion', () => {
    const a = advise({ episode: held(3), order: { protectionDaysLeft: 5 } });
    expect(a.steps[0]).toMatchObject({ id: 'open_dispute', urgent: true, params: { days: 5, after: 15 } });
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
