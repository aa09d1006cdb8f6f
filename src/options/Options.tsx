/** The options page: trackers, keys, interval, notifications, data. */
import type { Locale } from '../ui/i18n.ts';

export function Options({ locale }: { locale: Locale }) {
  const { t } = locale;
  return (
    <main class="options" data-testid="options">
      <h1>{t('options_title')}</h1>
      <h2>{t('options_trackers')}</h2>
    </main>
  );
}
