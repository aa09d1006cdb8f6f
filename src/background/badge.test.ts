import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const { badgeFor, BADGE_COLORS } = await import('./badge.ts');

const parcel = (stage: string | null) => ({ stage }) as never;

describe('badgeFor', () => {
  it('counts held parcels only and takes the colour of the most urgent stage', () => {
    const result = badgeFor({
      parcels: {
        a: parcel('inspection'),
        b: parcel('released'),
        c: parcel('delay'),
        d: parcel(null),
        e: parcel('returned'),
      },
    });
    expect(result).toEqual({ text: '2', color: BADGE_COLORS.delay, stage: 'delay' });
  });

  it('is empty when nothing is at customs', () => {
    expect(badgeFor({ parcels: { a: parcel('released') } })).toEqual({ text: '', color: null, stage: null });
  });
});
