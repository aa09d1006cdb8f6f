/**
 * Live view of the stored document for the extension's own pages (popup, options): read once with the
 * same validation as the background (parseStore), then follow `storage.onChanged`. Pages only read
 * storage; every write goes through a message to the background.
 */
import { useEffect, useState } from 'preact/hooks';
import browser, { type Storage } from 'webextension-polyfill';
import { parseStore } from '../core/schemas/parse-store.ts';
import { NOTICE_KEY, STORE_KEY, type Store } from '../core/schemas/store.ts';

/** What background/store.ts writes under NOTICE_KEY when it kept a broken document aside. */
export type StoreNotice = { at: string; kind: 'store' | 'parcels' };

export type StoreView = { store: Store | null; notice: StoreNotice | null };

export function readNotice(raw: unknown): StoreNotice | null {
  if (!raw || typeof raw !== 'object') return null;
  const { at, kind } = raw as Record<string, unknown>;
  return { at: typeof at === 'string' ? at : '', kind: kind === 'parcels' ? 'parcels' : 'store' };
}

export function useStore(): StoreView {
  const [view, setView] = useState<StoreView>({ store: null, notice: null });
  useEffect(() => {
    let live = true;
    // A change that arrives before the first read has resolved is newer than what that read returns.
    const seen = new Set<string>();
    void browser.storage.local.get([STORE_KEY, NOTICE_KEY]).then((raw) => {
      if (!live) return;
      setView((current) => ({
        store: seen.has(STORE_KEY) ? current.store : parseStore(raw[STORE_KEY]).store,
        notice: seen.has(NOTICE_KEY) ? current.notice : readNotice(raw[NOTICE_KEY]),
      }));
    });
    const onChanged = (changes: Record<string, Storage.StorageChange>, area: string) => {
      if (area !== 'local') return;
      for (const key of Object.keys(changes)) seen.add(key);
      setView((current) => ({
        store: STORE_KEY in changes ? parseStore(changes[STORE_KEY]?.newValue).store : current.store,
        notice: NOTICE_KEY in changes ? readNotice(changes[NOTICE_KEY]?.newValue) : current.notice,
      }));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return view;
}
