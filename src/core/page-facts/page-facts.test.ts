// Order facts from page text: money, dates, buyer protection, items, order id, carrier, destination.
import { describe, expect, it } from 'vitest';
import { carrierFromText } from './carrier.ts';
import { addressLineCountry, countryFromText, destinationFromPage } from './country.ts';
import { isDateOnly, parseEventTime, splitDate } from './dates.ts';
import { itemCount } from './items.ts';
import { findMoney, findOrderTotal, parseAmount, parseMoney } from './money.ts';
import { orderIdFromText } from './order-id.ts';
import { buyerProtectionDays } from './protection.ts';

describe('money', () => {
  it.each([
    ['€182.00', 182, 'EUR'],
    ['US $45.10', 45.1, 'USD'],
    ['182,00 €', 182, 'EUR'],
    ['R$ 250,90', 250.9, 'BRL'],
    ['₪120', 120, 'ILS'],
    ['₪ 1,249.90', 1249.9, 'ILS'],
    ['£12.99', 12.99, 'GBP'],
    ['1.234,56 €', 1234.56, 'EUR'],
    ['$1,234.56', 1234.56, 'USD'],
    ['45,99 zł', 45.99, 'PLN'],
    ['zł 45,99', 45.99, 'PLN'],
    ['C$ 30.00', 30, 'CAD'],
    ['CA $30.00', 30, 'CAD'],
    ['A$ 19.95', 19.95, 'AUD'],
    ['₩12,000', 12000, 'KRW'],
    ['1 234,50 руб.', 1234.5, 'RUB'],
    ['1 234,50 €', 1234.5, 'EUR'],
    ['CHF 12.00', 12, 'CHF'],
    ['EUR 99.90', 99.9, 'EUR'],
    ['350,00 TL', 350, 'TRY'],
  ])('reads %s', (text, amount, currency) => {
    expect(parseMoney(text)).toEqual({ amount, currency });
  });

  it('finds every amount in a summary, in order', () => {
    expect(findMoney('Subtotal US $40.00 Shipping US $5.10')).toEqual([
      { amount: 40, currency: 'USD' },
      { amount: 5.1, currency: 'USD' },
    ]);
  });

  it('reads no money where there is none', () => {
    expect(parseMoney('Order ID: 8180000000000001')).toBeNull();
    expect(parseMoney('3 items')).toBeNull();
    expect(parseMoney('')).toBeNull();
  });

  it.each([
    ['1.234,56', 1234.56],
    ['1,234.56', 1234.56],
    ['182,00', 182],
    ['12,000', 12000],
    ['1.5', 1.5],
    ['1 234,5', 1234.5],
  ])('parses the amount %s', (raw, value) => {
    expect(parseAmount(raw)).toBe(value);
  });

  it.each([
    ['Subtotal US $40.00\nShipping US $5.10\nTotal US $45.10', 45.1, 'USD'],
    ['Importe total: 182,00 €', 182, 'EUR'],
    ['Montant total 182,00 €', 182, 'EUR'],
    ['Gesamtbetrag: €182.00', 182, 'EUR'],
    ['Total do pedido R$ 250,90', 250.9, 'BRL'],
    ['Razem: 45,99 zł', 45.99, 'PLN'],
    ['סה"כ ₪120', 120, 'ILS'],
    ['Order total\n€182.00', 182, 'EUR'],
  ])('finds the order total in %j', (text, amount, currency) => {
    expect(findOrderTotal(text)).toEqual({ amount, currency });
  });

  it('reads no total from a subtotal alone or a label without an amount', () => {
    expect(findOrderTotal('Subtotal US $40.00')).toBeNull();
    expect(findOrderTotal('Total: see below')).toBeNull();
  });
});

describe('dates', () => {
  const now = new Date('2026-12-01T12:00:00Z');
  it.each([
    ['2026-11-20 09:12', '2026-11-20T09:12:00'],
    ['2026-11-20 09:12:33', '2026-11-20T09:12:33'],
    ['2026/11/20 09:12', '2026-11-20T09:12:00'],
    ['2026.11.20', '2026-11-20T00:00:00'],
    ['20.11.2026 09:12', '2026-11-20T09:12:00'],
    ['20/11/2026 09:12', '2026-11-20T09:12:00'],
    ['11/20/2026 9:12 PM', '2026-11-20T21:12:00'],
    ['Nov 20, 2026 09:12', '2026-11-20T09:12:00'],
    ['November 20, 2026', '2026-11-20T00:00:00'],
    ['20 nov. 2026 09:12', '2026-11-20T09:12:00'],
    ['20 de noviembre de 2026 09:12', '2026-11-20T09:12:00'],
    ['20 novembre 2026 à 09:12', '2026-11-20T09:12:00'],
    ['20. November 2026 um 09:12', '2026-11-20T09:12:00'],
    ['20 listopada 2026 09:12', '2026-11-20T09:12:00'],
    ['20 בנובמבר 2026 09:12', '2026-11-20T09:12:00'],
    ['20 de novembro de 2026', '2026-11-20T00:00:00'],
    ['Nov 20 09:12', '2026-11-20T09:12:00'],
  ])('reads %s', (text, iso) => {
    expect(parseEventTime(text, { now })).toBe(iso);
  });

  it('reads numeric dates month first on request, day first otherwise', () => {
    expect(parseEventTime('03/04/2026', { now })).toBe('2026-04-03T00:00:00');
    expect(parseEventTime('03/04/2026', { now, monthFirst: true })).toBe('2026-03-04T00:00:00');
  });

  it('puts a yearless date that would be in the future into last year', () => {
    expect(parseEventTime('Dec 30 10:00', { now: new Date('2027-01-02T08:00:00Z') })).toBe('2026-12-30T10:00:00');
  });

  it.each([
    'Calle Mayor 1, 28001 Madrid',
    'Market Street 12',
    'Order ID: 8180000000000001',
    '2026-13-40',
    '31/02/2026',
    'Customs update: We’re inspecting your order',
  ])('reads no date in %s', (text) => {
    expect(parseEventTime(text, { now })).toBeNull();
  });

  it('splits a one-line event into its time and text', () => {
    expect(splitDate('2026-11-12 11:30 Departed from departure country/region', { now })).toEqual({
      time: '2026-11-12T11:30:00',
      rest: 'Departed from departure country/region',
    });
    expect(splitDate('Delivered', { now })).toEqual({ time: null, rest: 'Delivered' });
  });

  it('tells a time column from an event text', () => {
    expect(isDateOnly('2026-11-20 09:12', { now })).toBe(true);
    expect(isDateOnly('Nov 20, 2026', { now })).toBe(true);
    expect(isDateOnly('2026-11-20 09:12 Import customs clearance started', { now })).toBe(false);
  });
});

describe('buyer protection', () => {
  it.each([
    ['Buyer protection: 12 days left', 12],
    ['Buyer Protection 1 day left', 1],
    ['Buyer protection ends in 12d 05:33:21', 12],
    ['Protección del comprador: quedan 12 días', 12],
    ['Protection acheteur : 12 jours restants', 12],
    ['Käuferschutz: noch 12 Tage', 12],
    ['Proteção ao comprador: 12 dias restantes', 12],
    ['Ochrona kupującego: pozostało 12 dni', 12],
    ['הגנת הקונה: נותרו 12 ימים', 12],
    ['Protezione acquirente: 12 giorni rimanenti', 12],
    ['Защита покупателя: осталось 12 дней', 12],
  ])('reads %s', (text, days) => {
    expect(buyerProtectionDays(text)).toBe(days);
  });

  it.each(['12 days left', 'Buyer protection', 'Buyer protection: US $12.00 refund', ''])(
    'reads no countdown in %j',
    (text) => {
      expect(buyerProtectionDays(text)).toBeNull();
    },
  );
});

describe('items', () => {
  it.each([
    ['3 items', 3],
    ['Total 2 items', 2],
    ['1 item', 1],
    ['2 artículos', 2],
    ['2 articles', 2],
    ['2 Artikel', 2],
    ['2 itens', 2],
    ['2 produkty', 2],
    ['2 פריטים', 2],
  ])('reads %s', (text, count) => {
    expect(itemCount(text)).toBe(count);
  });
  it('reads no count in other numbers', () => {
    expect(itemCount('12 days left')).toBeNull();
    expect(itemCount('0 items')).toBeNull();
    expect(itemCount('itemsfoo')).toBeNull();
  });
});

describe('order id', () => {
  it.each([
    ['Order ID: 8180000000000001', '8180000000000001'],
    ['Order number 8180000000000001', '8180000000000001'],
    ['N.º de pedido: 8180000000000002', '8180000000000002'],
    ['Numéro de commande : 8180000000000003', '8180000000000003'],
    ['Bestellnummer 8180000000000004', '8180000000000004'],
    ['Número do pedido: 8180000000000005', '8180000000000005'],
    ['Numer zamówienia: 8180000000000006', '8180000000000006'],
    ['מספר הזמנה: 8180000000000007', '8180000000000007'],
    // Real labels (aliexpress-pages.md): "Ref. Number:" since 2026, "Order ID:" with "Copy" after it,
    // Spanish "Nº"/"N°" (ordinal sign or degree sign) with a no-break space.
    ['Ref. Number: 8197254807227491 Copy', '8197254807227491'],
    ['Ref. Number:\n8197254807227491\nCopy', '8197254807227491'],
    ['Order ID: 8190564821867491Copy', '8190564821867491'],
    ['Nº de pedido:\u00a08196987604675426', '8196987604675426'],
    ['N° de pedido: 8196987604675426 Copiar', '8196987604675426'],
    ['Pedido efectuado el: 10 jul, 2019 Nº de pedido: 103785215555894 Copiar', '103785215555894'],
    ['N.º do pedido: 8180000000000008', '8180000000000008'],
    ['주문 번호: 8180000000000009', '8180000000000009'],
  ])('reads %s', (text, id) => {
    expect(orderIdFromText(text)).toBe(id);
  });
  it('reads no id from a short number or without a label', () => {
    expect(orderIdFromText('Order ID: 123')).toBeNull();
    expect(orderIdFromText('Total:US $8.75 8180000000000001')).toBeNull();
    expect(orderIdFromText('8180000000000001')).toBeNull();
  });
});

describe('carrier', () => {
  it.each([
    ['Carrier: AliExpress Standard Shipping', 'AliExpress Standard Shipping'],
    ['Cainiao Super Economy Global', 'Cainiao Super Economy Global'],
    ['Local carrier: Correos', 'Correos'],
    ['Delivered by Israel Post', 'Israel Post'],
  ])('reads %s', (text, carrier) => {
    expect(carrierFromText(text)).toBe(carrier);
  });
  it('reads no carrier from ordinary text', () => {
    expect(carrierFromText('Customs update: We’re inspecting your order')).toBeNull();
  });
});

describe('destination country', () => {
  it.each([
    ['Calle Mayor 1, 28001 Madrid, Spain', 'ES'],
    ['Calle Mayor 1, 28001 Madrid, España', 'ES'],
    ['1 rue de Rivoli, 75001 Paris, France', 'FR'],
    ['Hauptstraße 1, 10115 Berlin, Deutschland', 'DE'],
    ['Rua Augusta 100, São Paulo, SP, Brasil', 'BR'],
    ['ul. Marszałkowska 1, 00-001 Warszawa, Polska', 'PL'],
    ['רחוב הרצל 1, תל אביב, ישראל', 'IL'],
    ['1 Main St, Springfield, IL 62701, United States', 'US'],
    ['10 Downing Street, London, United Kingdom', 'GB'],
  ])('reads %s', (text, code) => {
    expect(countryFromText(text)).toBe(code);
  });

  it('reads no country from text without one', () => {
    expect(countryFromText('Calle Mayor 1, 28001 Madrid')).toBeNull();
    expect(countryFromText('Frankfurt am Main')).toBeNull();
  });

  it('reads the destination after the address label, not the origin elsewhere on the page', () => {
    const page =
      'Ships from China\nSpain warehouse sale\nShipping address\nAnna Example\nRua Augusta 100, Lisboa, Portugal';
    expect(destinationFromPage(page)).toBe('PT');
    expect(destinationFromPage('Dirección de envío: Calle Mayor 1, 28001 Madrid, España')).toBe('ES');
    expect(destinationFromPage('Portugal')).toBeNull();
  });

  it('reads the real order-detail address line "City, State, Country, ZIP" (no label on the page)', () => {
    expect(addressLineCountry('Miami, Florida, United States, 331310000')).toBe('US');
    expect(addressLineCountry('Miami, Florida, United States, 331722065')).toBe('US');
    expect(addressLineCountry('Madrid, Madrid, Spain, 28001')).toBe('ES');
    expect(addressLineCountry('London, Greater London, United Kingdom, SW1A 1AA')).toBe('GB');
    const page =
      'Anna E. +1 305 555 0100\n1 Example St Apt 2\nMiami, Florida, United States, 331310000\nOrder ID: 8197254807227491';
    expect(destinationFromPage(page)).toBe('US');
  });

  it('reads no address from item titles that list countries', () => {
    expect(addressLineCountry('Plug adapter for Spain, France, Germany')).toBeNull();
    expect(addressLineCountry('Spain, 28001')).toBeNull();
    expect(destinationFromPage('EU plug, Spain, France, Germany\nUS $8.75')).toBeNull();
  });
});

describe('dates as the real tracking page prints them (aliexpress-pages.md, mr8ug/AliHelper-for-Buddies)', () => {
  const now = new Date('2026-12-01T12:00:00Z');
  it.each([
    ['Jul 18, 17:05 (GMT-6)', '2026-07-18T17:05:00-06:00'],
    ['Aug 1, 03:28 (GMT-6)', '2026-08-01T03:28:00-06:00'],
    ['Jan 25, 06:00 (GMT-6)', '2026-01-25T06:00:00-06:00'],
    ['Jul 18, 17:05 (GMT+5:30)', '2026-07-18T17:05:00+05:30'],
    ['Jul 18, 17:05 (GMT−3)', '2026-07-18T17:05:00-03:00'],
    ['Jul 18, 17:05 GMT+8', '2026-07-18T17:05:00+08:00'],
    ['Jul 18, 17:05 GMT+05:30', '2026-07-18T17:05:00+05:30'],
    ['Jul 18, 17:05 UTC-3', '2026-07-18T17:05:00-03:00'],
    ['Jul 18, 17:05 (GMT)', '2026-07-18T17:05:00+00:00'],
    ['Nov 24, 11:59 EST', '2026-11-24T11:59:00-05:00'],
    ['Jul 18, 17:05 PDT', '2026-07-18T17:05:00-07:00'],
    ['Jul 18, 17:05 CEST', '2026-07-18T17:05:00+02:00'],
  ])('reads %s with its printed offset', (text, iso) => {
    expect(parseEventTime(text, { now })).toBe(iso);
    // The printed offset wins over the viewer's.
    expect(parseEventTime(text, { now, viewerOffset: 540 })).toBe(iso);
    expect(isDateOnly(text, { now })).toBe(true);
  });

  it('gives zone-less times the viewer offset, per date (summer time)', () => {
    const berlin = (w: { month: number }) => (w.month >= 4 && w.month <= 10 ? 120 : 60);
    expect(parseEventTime('Jul 18, 17:05', { now, viewerOffset: berlin })).toBe('2026-07-18T17:05:00+02:00');
    expect(parseEventTime('Nov 18, 17:05', { now, viewerOffset: berlin })).toBe('2026-11-18T17:05:00+01:00');
    expect(parseEventTime('2026-11-20 09:12', { now, viewerOffset: -300 })).toBe('2026-11-20T09:12:00-05:00');
    expect(parseEventTime('Jul 18, 17:05', { now, viewerOffset: 0 })).toBe('2026-07-18T17:05:00+00:00');
  });

  it('does not guess between zones an abbreviation could name (CST, IST)', () => {
    expect(parseEventTime('Jul 18, 17:05 CST', { now })).toBe('2026-07-18T17:05:00');
    expect(parseEventTime('Jul 18, 17:05 IST', { now, viewerOffset: 120 })).toBe('2026-07-18T17:05:00+02:00');
  });

  it('infers the year: never more than a day after now, across New Year, in any zone', () => {
    // Seen in Auckland on New Year's Eve: today's and tomorrow's (local) dates are this year's.
    expect(parseEventTime('Dec 31, 23:00 (GMT+13)', { now: new Date('2026-12-31T10:30:00Z') })).toBe(
      '2026-12-31T23:00:00+13:00',
    );
    expect(parseEventTime('Jan 1, 00:10 (GMT+13)', { now: new Date('2026-12-31T11:30:00Z') })).toBe(
      '2027-01-01T00:10:00+13:00',
    );
    // Seen on January 1st in Los Angeles: December is last year's.
    expect(parseEventTime('Dec 31, 23:00 (GMT-8)', { now: new Date('2027-01-01T08:30:00Z') })).toBe(
      '2026-12-31T23:00:00-08:00',
    );
    expect(parseEventTime('Dec 30, 10:00 (GMT-8)', { now: new Date('2027-01-02T08:00:00Z') })).toBe(
      '2026-12-30T10:00:00-08:00',
    );
    // A day ahead is allowed (zones), two days ahead is last year.
    expect(parseEventTime('Dec 2, 10:00 (GMT+13)', { now })).toBe('2026-12-02T10:00:00+13:00');
    expect(parseEventTime('Dec 3, 10:00 (GMT+13)', { now })).toBe('2025-12-03T10:00:00+13:00');
  });

  it('infers the same year whatever offset the viewer has', () => {
    for (const viewerOffset of [-480, 0, 480, 780]) {
      expect(parseEventTime('Nov 30, 23:00', { now, viewerOffset })?.slice(0, 4)).toBe('2026');
      expect(parseEventTime('Dec 25, 23:00', { now, viewerOffset })?.slice(0, 4)).toBe('2025');
    }
  });

  it('reads Spanish order dates with a comma before the year', () => {
    expect(parseEventTime('14 ene, 2025', { now })).toBe('2025-01-14T00:00:00');
    expect(parseEventTime('Pedido efectuado el: 14 ene, 2025', { now })).toBe('2025-01-14T00:00:00');
  });

  it('splits a one-line event with a zone', () => {
    expect(splitDate('Jul 18, 17:05 (GMT-6) Left from customs', { now })).toEqual({
      time: '2026-07-18T17:05:00-06:00',
      rest: 'Left from customs',
    });
  });

  it('reads no offset beyond ±14 h', () => {
    expect(parseEventTime('Jul 18, 17:05 (GMT+15)', { now })).toBeNull();
  });
});
