/**
 * The notice that stored data failed validation and was kept aside (NOTICE_KEY), shown by the popup
 * and the options page until the user dismisses it.
 */
import { useState } from 'preact/hooks';
import type { Locale } from '../locales/locale-for.ts';
import { send } from '../platform/send-message.ts';
import { errorText } from './error-text.ts';
import type { StoreNotice as Notice } from './use-store.ts';

export function StoreNotice({ notice, locale }: { notice: Notice; locale: Locale }) {
  const { t } = locale;
  const [error, setError] = useState('');
  return (
    <div class="notice" role="alert" data-testid="store-notice">
      <p>{t(notice.kind === 'parcels' ? 'popup_notice_parcels' : 'popup_notice_store')}</p>
      {error && <p class="error-text">{error}</p>}
      <button
        type="button"
        class="button small"
        onClick={() => send('dismiss-notice').catch((e: unknown) => setError(errorText(e, t)))}
      >
        {t('popup_notice_dismiss')}
      </button>
    </div>
  );
}
