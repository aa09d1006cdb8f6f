// What an order-list badge says for a watched parcel: the trackers' news when it is the newest word.
import { describe, expect, it } from 'vitest';
import { trackerStage } from './tracker-stage.ts';

const now = new Date('2026-12-02T12:00:00Z');
const started = {
  time: '2026-11-24T08:00:00+00:00',
  text: 'Import customs clearance started',
  source: 'page' as const,
};

describe('trackerStage', () => {
  it('is the tracker’s stage, named, when a tracker said the last word', () => {
    const events = [
      started,
      { time: '2026-12-01T10:00:00+08:00', text: 'Import customs clearance complete', source: 'cainiao' as const },
    ];
    expect(trackerStage(events, now)).toEqual({ stage: 'released', from: 'Cainiao' });
  });

  it('reads a hold that a tracker saw end by a later event as released', () => {
    const events = [
      started,
      { time: '2026-12-01T09:00:00+00:00', text: 'Out for delivery', source: '17track' as const },
    ];
    expect(trackerStage(events, now)).toEqual({ stage: 'released', from: '17TRACK' });
  });

  it('is nothing when the page said the last word, or nobody said anything of customs', () => {
    const older = {
      time: '2026-11-20T08:00:00+00:00',
      text: 'Departed from departure country',
      source: 'cainiao' as const,
    };
    expect(trackerStage([started, older], now)).toBeUndefined();
    expect(trackerStage([older], now)).toBeUndefined();
    expect(trackerStage([], now)).toBeUndefined();
  });
});
