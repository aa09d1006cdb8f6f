import { describe, expect, it } from 'vitest';
import { absoluteTime, formatUnit, relativeTime } from './format.ts';

const NOW = new Date('2026-03-10T12:00:00Z');

describe('relativeTime', () => {
  it('picks the largest whole unit', () => {
    expect(relativeTime('2026-03-10T09:00:00Z', NOW, 'en')).toBe('3 hours ago');
    expect(relativeTime('2026-03-07T12:00:00Z', NOW, 'en')).toBe('3 days ago');
    expect(relativeTime('2026-03-10T12:20:00Z', NOW, 'en')).toBe('in 20 minutes');
    // Rounded, not cut: 1 h 59 min is "in 2 hours"; 59 min 40 s reaches the next unit.
    expect(relativeTime('2026-03-10T13:59:00Z', NOW, 'en')).toBe('in 2 hours');
    expect(relativeTime('2026-03-10T12:59:40Z', NOW, 'en')).toBe('in 1 hour');
    expect(relativeTime('2026-03-11T11:50:00Z', NOW, 'en')).toBe('tomorrow');
    expect(relativeTime('2026-03-10 09:00', NOW, 'en')).toBe('3 hours ago');
  });
  it('says "now" under a minute and "yesterday" in words', () => {
    expect(relativeTime('2026-03-10T11:59:40Z', NOW, 'en')).toBe('now');
    expect(relativeTime('2026-03-09T11:00:00Z', NOW, 'en')).toBe('yesterday');
  });
  it('speaks the UI language', () => {
    expect(relativeTime('2026-03-07T12:00:00Z', NOW, 'de')).toBe('vor 3 Tagen');
    expect(relativeTime('2026-03-07T12:00:00Z', NOW, 'pt_BR')).toBe('há 3 dias');
  });
  it('says Hebrew one and two in words, without an echoed "(1)"', () => {
    expect(relativeTime('2026-03-10T11:00:00Z', NOW, 'he')).toBe('לפני שעה');
    expect(relativeTime('2026-03-10T14:00:00Z', NOW, 'he')).toBe('בעוד שעתיים');
    expect(relativeTime('2026-03-10T09:00:00Z', NOW, 'he')).toBe('לפני 3 שעות');
  });
  it('answers null for a missing or unreadable time', () => {
    expect(relativeTime(undefined, NOW, 'en')).toBeNull();
    expect(relativeTime('yesterday-ish', NOW, 'en')).toBeNull();
    expect(absoluteTime('nope', 'en')).toBeUndefined();
  });
});

describe('formatUnit', () => {
  it('handles plurals per language', () => {
    expect(formatUnit(1, 'day', 'en')).toBe('1 day');
    expect(formatUnit(12, 'day', 'en')).toBe('12 days');
    expect(formatUnit(5, 'day', 'pl')).toBe('5 dni');
    expect(formatUnit(2, 'day', 'pl')).toBe('2 dni');
    expect(formatUnit(6, 'hour', 'fr').replace(/\s/u, ' ')).toBe('6 heures');
  });
});
