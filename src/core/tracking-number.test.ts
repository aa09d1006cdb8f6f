import { describe, expect, it } from 'vitest';
import { findTrackingNumbers, labelledTrackingNumbers, parseTrackingNumber, s10CheckDigit } from './tracking-number.ts';

describe('parseTrackingNumber', () => {
  it('validates the UPU S10 check digit', () => {
    // 1·8 + 2·6 + 3·4 + 4·2 + 5·3 + 6·5 + 7·9 + 8·7 = 204; 204 mod 11 = 6; 11 − 6 = 5.
    expect(s10CheckDigit('12345678')).toBe(5);
    expect(parseTrackingNumber('RR123456785CN')).toEqual({
      number: 'RR123456785CN',
      kind: 'china_post',
      valid: true,
      carrierName: 'China Post',
      originCountry: 'CN',
    });
    expect(parseTrackingNumber('RR123456784CN').valid).toBe(false);
  });

  it('normalises spaces and case', () => {
    expect(parseTrackingNumber(' rr 123 456 785 cn ').number).toBe('RR123456785CN');
  });

  it('reads the origin of non-Chinese S10 numbers', () => {
    const parsed = parseTrackingNumber('RC000000001EE');
    expect(parsed.kind).toBe('upu_s10');
    expect(parsed.originCountry).toBe('EE');
  });

  it.each([
    ['LP00123456789012', 'cainiao', 'Cainiao'],
    ['AE010698498', 'cainiao', 'Cainiao'],
    ['4PX3001234567890CN', '4px', '4PX'],
    ['YT2212345678901234', 'yunexpress', 'YunExpress'],
    ['UG123456789YP', 'yanwen', 'Yanwen'],
  ])('%s is %s', (raw, kind, carrierName) => {
    expect(parseTrackingNumber(raw)).toMatchObject({ kind, carrierName, valid: true, originCountry: 'CN' });
  });

  it('accepts long local numbers as last mile and rejects junk', () => {
    expect(parseTrackingNumber('9400100000000000000001').kind).toBe('last_mile');
    expect(parseTrackingNumber('hello')).toMatchObject({ kind: 'unknown', valid: false });
  });
});

describe('findTrackingNumbers', () => {
  it('finds known formats and skips order ids', () => {
    const text = 'Order 8180000000000001 · Tracking number: LP00123456789012 (RR123456785CN), again LP00123456789012';
    expect(findTrackingNumbers(text)).toEqual(['LP00123456789012', 'RR123456785CN']);
  });

  it('skips S10-shaped numbers with a wrong check digit', () => {
    expect(findTrackingNumbers('RR123456784CN')).toEqual([]);
  });
});

describe('numbers shown on real AliExpress tracking pages (aliexpress-pages.md)', () => {
  it.each([
    ['LP00664492365524', 'cainiao'],
    ['CNUSUP00002317693', 'cainiao'],
    ['CNBR00077223717', 'cainiao'],
    ['SWX123456789012345678', 'cainiao'],
    ['LB378328809SG', 'upu_s10'],
    ['LQ835416399CN', 'china_post'],
    ['LR141215065CN', 'china_post'],
    ['420331729212490362719152959747', 'last_mile'],
  ])('%s is found in page text as %s', (number, kind) => {
    expect(parseTrackingNumber(number)).toMatchObject({ kind, valid: true });
    expect(findTrackingNumbers(`Tracking number:${number}\nCopy`)).toEqual([number]);
  });

  it('names USPS for the 30-digit barcode that replaces the Cainiao number', () => {
    expect(parseTrackingNumber('420331729212490362719152959747').carrierName).toBe('USPS');
    expect(parseTrackingNumber('4203317201239212490362719152959747').carrierName).toBe('USPS');
  });

  it('still skips order ids and other long digit runs when no label says what they are', () => {
    expect(findTrackingNumbers('Ref. Number: 8197254807227491 · 561234567890 · 1234567890123456789012')).toEqual([]);
  });

  it.each([
    ['Tracking number:LP00664492365524\nCopy', ['LP00664492365524']],
    ['Tracking number LP00671472073489\nCopy', ['LP00671472073489']],
    ['운송장 번호: 561234567890', ['561234567890']],
    ['운송장 번호\n561234567890\n복사', ['561234567890']],
    ['Tracking number: BR000090924MG', ['BR000090924MG']],
    ['Tracking number: 420331729212490362719152959747', ['420331729212490362719152959747']],
    [
      'Package 1\nTracking number:CNUSUP00002317693\nPackage 2\nTracking number:SWX123456789012345678',
      ['CNUSUP00002317693', 'SWX123456789012345678'],
    ],
    ['Número de seguimiento: LP00664492365524', ['LP00664492365524']],
  ])('reads the labelled number in %j', (text, numbers) => {
    expect(labelledTrackingNumbers(text)).toEqual(numbers);
  });

  it('reads no labelled number from a label without one', () => {
    expect(labelledTrackingNumbers('Tracking number: Copy')).toEqual([]);
    expect(labelledTrackingNumbers('Tracking number: pending')).toEqual([]);
  });
});
