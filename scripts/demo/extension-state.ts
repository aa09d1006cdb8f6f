/**
 * What the demo reads back from the extension, through its service worker, to narrate the story: the
 * watched parcel as stored, and the notifications it showed (its own log, `customsLens.notifications`).
 * Read-only: the demo never writes the extension's storage.
 */
import type { Worker } from '@playwright/test';

export type StoredParcel = {
  stage: string | null;
  baselined: boolean;
  leftCustomsAt?: string;
  events: Array<{ text: string; time?: string }>;
  trackers: Partial<Record<'cainiao' | '17track' | 'parcelsapp', { lastCheck?: string; lastError?: string }>>;
};
export type ShownNotification = { trackingNumber: string; title: string; message: string; url: string; at: string };

/** The parcel once Cainiao has been asked about it (its first check, the baseline, is never news). */
export async function checkedParcel(worker: Worker, trackingNumber: string): Promise<StoredParcel | undefined> {
  const parcel = await storedParcel(worker, trackingNumber);
  return parcel?.trackers.cainiao?.lastCheck ? parcel : undefined;
}

export async function storedParcel(worker: Worker, trackingNumber: string): Promise<StoredParcel | undefined> {
  const doc = (await worker.evaluate(async () => (await chrome.storage.local.get('customsLens')).customsLens)) as
    | { parcels?: Record<string, StoredParcel> }
    | undefined;
  return doc?.parcels?.[trackingNumber];
}

export async function shownNotifications(worker: Worker): Promise<ShownNotification[]> {
  const log = (await worker.evaluate(
    async () => (await chrome.storage.local.get('customsLens.notifications'))['customsLens.notifications'],
  )) as Record<string, ShownNotification> | undefined;
  return Object.values(log ?? {});
}

/** Notifications Chromium still has on screen or in its tray, by id. */
export async function activeNotificationIds(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
}
