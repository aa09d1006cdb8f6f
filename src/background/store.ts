/**
 * The background's access to the one stored document. Every write goes through `updateStore`, which
 * serialises writers inside this worker and re-reads storage first, so a worker killed between two
 * steps resumes from what was saved. A document or parcel that fails validation is copied aside under
 * its own key and the user is told (NOTICE_KEY); it is never silently dropped. Repairs run in the same
 * queue as writes, so two readers racing over a damaged document keep one copy of it, not two.
 */
import browser from 'webextension-polyfill';
import { parseStore } from '../core/schemas/parse-store.ts';
import { CORRUPT_KEY_PREFIX, NOTICE_KEY, STORE_KEY, type Store } from '../core/schemas/store.ts';
import { localeFor } from '../locales/locale-for.ts';

let queue: Promise<unknown> = Promise.resolve();

function enqueue<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work);
  queue = run.catch(() => undefined);
  return run;
}

/** Reads, and where needed migrates or repairs, the stored document. Only ever run inside the queue. */
async function loadAndRepair(): Promise<Store> {
  const raw = (await browser.storage.local.get(STORE_KEY))[STORE_KEY];
  const { store, status, rejected } = parseStore(raw);
  const keptAside = status === 'corrupt' ? raw : Object.keys(rejected).length ? { parcels: rejected } : null;
  if (keptAside !== null) {
    const stamp = new Date().toISOString();
    await browser.storage.local.set({
      [`${CORRUPT_KEY_PREFIX}${stamp}`]: keptAside,
      [NOTICE_KEY]: { at: stamp, kind: status === 'corrupt' ? 'store' : 'parcels' },
      [STORE_KEY]: store,
    });
  } else if (status === 'migrated') {
    await browser.storage.local.set({ [STORE_KEY]: store });
  }
  return store;
}

export async function readStore(): Promise<Store> {
  const { store, status, rejected } = parseStore((await browser.storage.local.get(STORE_KEY))[STORE_KEY]);
  if ((status === 'ok' || status === 'empty') && Object.keys(rejected).length === 0) return store;
  return enqueue(loadAndRepair);
}

/** Chrome's "Resource::kQuotaBytes quota exceeded", and Firefox's own wording, in the user's words. */
async function explainStorageError(error: unknown, store: Store): Promise<never> {
  const text = error instanceof Error ? error.message : String(error);
  if (!/quota/i.test(text)) throw error;
  const { t } = localeFor(store.settings.uiLanguage, browser.i18n.getUILanguage());
  throw new Error(t('notifications_storage_full'));
}

/**
 * Runs `change` on the freshest store and saves what it returns; writers run one after another.
 * Keys `change` puts in `also` are saved in the same `storage.local.set` call as the store (e.g. the
 * notification outbox), so both are written or neither is.
 */
export function updateStore<T>(change: (store: Store, also: Record<string, unknown>) => T | Promise<T>): Promise<T> {
  return enqueue(async () => {
    const store = await loadAndRepair();
    const also: Record<string, unknown> = {};
    const result = await change(store, also);
    await browser.storage.local
      .set({ ...also, [STORE_KEY]: store })
      .catch((error) => explainStorageError(error, store));
    return result;
  });
}
