/** The toolbar popup: watched parcels at a glance. */
import browser from 'webextension-polyfill';
import type { Locale } from '../ui/i18n.ts';

export function Popup({ locale }: { locale: Locale }) {
  const { t } = locale;
  return (
    <main class="popup" data-testid="popup">
      <header class="bar">
        <h1>{t('popup_title')}</h1>
        <button type="button" class="link" onClick={() => browser.runtime.openOptionsPage()}>
          {t('popup_open_options')}
        </button>
      </header>
      <section class="empty" data-testid="popup-empty">
        <h2>{t('popup_empty_title')}</h2>
        <p>{t('popup_empty_body')}</p>
      </section>
    </main>
  );
}
