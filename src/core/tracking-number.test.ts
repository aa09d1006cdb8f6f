import { describe, expect, it } from 'vitest';
import { findTrackingNumbers, parseTrackingNumber, s10CheckDigit } from './tracking-number.ts';

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
