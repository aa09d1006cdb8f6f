/** "Saving… / Saved / Not saved" next to a settings section heading, announced politely. */
import type { Locale } from '../locales/locale-for.ts';
import type { SaveState } from './use-settings.ts';

export function SaveBadge({ section, state, locale }: { section: string; state: SaveState | null; locale: Locale }) {
  const { t } = locale;
  const mine = state?.section === section ? state : null;
  return (
    <span
      class={`save-badge${mine ? ` save-${mine.state}` : ''}`}
      role="status"
      aria-live="polite"
      data-testid={`saved-${section}`}
    >
      {mine?.state === 'saving' && t('options_saving')}
      {mine?.state === 'saved' && <>✓ {t('options_saved')}</>}
      {mine?.state === 'error' && t('options_save_failed', { error: mine.error ?? '' })}
    </span>
  );
}
