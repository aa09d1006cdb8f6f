import { describe, expect, it } from 'vitest';
import { judgeManualNumber } from './manual-number.ts';

describe('judgeManualNumber', () => {
  it('accepts a recognised format, normalised', () => {
    expect(judgeManualNumber(' lp00123456789012 ')).toMatchObject({ verdict: 'ok', number: 'LP00123456789012' });
    expect(judgeManualNumber('RB123456785CN')).toMatchObject({ verdict: 'ok', number: 'RB123456785CN' });
  });
  it('warns about a wrong S10 check digit', () => {
    expect(judgeManualNumber('RB123456784CN')).toEqual({
      verdict: 'warn',
      number: 'RB123456784CN',
      reason: 'check-digit',
    });
  });
  it('warns about an unknown but plausible number', () => {
    expect(judgeManualNumber('ABCDEFGHJK')).toEqual({ verdict: 'warn', number: 'ABCDEFGHJK', reason: 'unknown' });
  });
  it('refuses garbage, and says when nothing was typed', () => {
    expect(judgeManualNumber('hello!!')).toMatchObject({ verdict: 'invalid' });
    expect(judgeManualNumber('ABC12')).toMatchObject({ verdict: 'invalid' });
    expect(judgeManualNumber('Ж12345678901')).toMatchObject({ verdict: 'invalid' });
    expect(judgeManualNumber('A'.repeat(31))).toMatchObject({ verdict: 'invalid' });
    expect(judgeManualNumber('   ')).toEqual({ verdict: 'empty' });
  });
});
