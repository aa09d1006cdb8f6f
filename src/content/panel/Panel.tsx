/** The explanation panel shown on AliExpress tracking pages (inside the shadow root). */
import type { Stage } from '../../core/stages.ts';
import type { Locale } from '../../ui/i18n.ts';

export function Panel({ stage, status, locale }: { stage: Stage; status: string; locale: Locale }) {
  const { t } = locale;
  return (
    <section class="panel" aria-label={t('panel_label')} dir={locale.dir} lang={locale.lang.replace('_', '-')}>
      <header class="head">
        <span class={`chip chip-${stage}`}>{t(`stage_${stage}`)}</span>
        <span class="status">{status}</span>
      </header>
      <p class="meaning">{t(`panel_meaning_${stage}`)}</p>
    </section>
  );
}
