/** Handlers that ask trackers: check now (rate limited: it may ask Cainiao), test an API key. */
import browser from 'webextension-polyfill';
import { localeFor } from '../../locales/locale-for.ts';
import { TRACKER_NAMES } from '../../locales/tracker-names.ts';
import { testKey } from '../../trackers/test-key.ts';
import { failureText } from '../check-parcels.ts';
import type { Handlers } from '../router.ts';
import { MANUAL_MIN_GAP_MS } from '../schedule-policy.ts';
import { runAndReschedule } from '../scheduler.ts';
import { readStore } from '../store.ts';

/** In storage.session: survives the worker (so killing it is no way around the limit), not the browser. */
export const MANUAL_AT_KEY = 'customsLens.manualCheckAt';

function uiTag(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return undefined;
  }
}

export const checkHandlers: Pick<Handlers, 'check-now' | 'test-key'> = {
  'check-now': async ({ trackingNumber }) => {
    const store = await readStore();
    const { t } = localeFor(store.settings.uiLanguage, uiTag());
    const last = (await browser.storage.session.get(MANUAL_AT_KEY))[MANUAL_AT_KEY];
    const wait = typeof last === 'number' ? last + MANUAL_MIN_GAP_MS - Date.now() : 0;
    if (wait > 0)
      return { checked: 0, errors: [t('notifications_check_too_soon', { seconds: Math.ceil(wait / 1000) })] };
    await browser.storage.session.set({ [MANUAL_AT_KEY]: Date.now() });
    const { checked, errors } = await runAndReschedule({
      numbers: trackingNumber ? [trackingNumber] : null,
      manual: true,
    });
    return { checked, errors };
  },
  'test-key': async ({ tracker, apiKey }) => {
    const store = await readStore();
    const { t } = localeFor(store.settings.uiLanguage, uiTag());
    const name = TRACKER_NAMES[tracker];
    if (tracker !== 'cainiao' && !apiKey.trim())
      return { ok: false, message: t('notifications_error_no_key', { tracker: name }) };
    const result = await testKey(tracker, apiKey.trim());
    if (result.ok) return { ok: true, message: t('notifications_key_ok', { tracker: name }) };
    return { ok: false, message: failureText(store, tracker, result.failure) };
  },
};
