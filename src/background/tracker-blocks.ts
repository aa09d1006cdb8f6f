/**
 * Service-wide pauses (Retry-After on 429, quota used up, key refused), per tracker, in storage.local
 * next to the store: a rate limit concerns the client, not one parcel, and must survive a worker kill.
 */
import browser from 'webextension-polyfill';
import { TRACKER_IDS } from '../core/schemas/store.ts';
import type { Blocks } from './schedule-policy.ts';

export const BLOCKS_KEY = 'customsLens.trackerBlocks';

export async function readBlocks(): Promise<Blocks> {
  const raw = (await browser.storage.local.get(BLOCKS_KEY))[BLOCKS_KEY];
  const blocks: Blocks = {};
  if (raw && typeof raw === 'object') {
    for (const id of TRACKER_IDS) {
      const until = (raw as Record<string, unknown>)[id];
      if (typeof until === 'string' && !Number.isNaN(Date.parse(until))) blocks[id] = until;
    }
  }
  return blocks;
}
