/**
 * Toolbar badge: how many watched parcels are held at import customs, coloured by the most urgent of
 * their stages. Recomputed from the stored document whenever it changes, so every writer (checks,
 * watch/unwatch, import, clear) keeps it right without knowing about it.
 */
import browser from 'webextension-polyfill';
import type { Store } from '../core/schemas/store.ts';
import { isHeld, STAGE_URGENCY, type Stage } from '../core/stages.ts';

/** Colours per held stage, most urgent first in meaning: red, orange, amber, blue. */
export const BADGE_COLORS: Partial<Record<Stage, string>> = {
  action_required: '#C62828',
  delay: '#E65100',
  inspection: '#B26A00',
  import_received: '#1565C0',
};

export function badgeFor(store: Pick<Store, 'parcels'>): { text: string; color: string | null; stage: Stage | null } {
  let count = 0;
  let worst: Stage | null = null;
  for (const parcel of Object.values(store.parcels)) {
    if (!isHeld(parcel.stage) || parcel.stage === null) continue;
    count += 1;
    if (worst === null || STAGE_URGENCY[parcel.stage] > STAGE_URGENCY[worst]) worst = parcel.stage;
  }
  return { text: count ? String(count) : '', color: worst ? (BADGE_COLORS[worst] ?? null) : null, stage: worst };
}

export async function updateBadge(store: Pick<Store, 'parcels'>): Promise<void> {
  const { text, color } = badgeFor(store);
  await browser.action.setBadgeText({ text });
  if (color) await browser.action.setBadgeBackgroundColor({ color });
}
