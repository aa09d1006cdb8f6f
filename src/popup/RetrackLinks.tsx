/**
 * "Track elsewhere": a disclosure with the parcel's re-track links (17TRACK, ParcelsApp, Cainiao, the
 * destination's post) from core. A native <details>, so it opens with Enter/Space; Escape closes it.
 */
import { retrackLinks } from '../core/retrack-links.ts';
import type { Parcel } from '../core/schemas/store.ts';
import type { Locale } from '../locales/locale-for.ts';
import { safeHttpsUrl } from './parcel-view.ts';

export function RetrackLinks({ parcel, locale }: { parcel: Parcel; locale: Locale }) {
  const { t } = locale;
  const links = retrackLinks(parcel.trackingNumber, parcel.destCountry).flatMap((link) => {
    const url = safeHttpsUrl(link.url);
    return url ? [{ ...link, url }] : [];
  });
  if (links.length === 0) return null;
  return (
    <details
      class="retrack"
      data-testid="retrack"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && event.currentTarget.open) {
          event.currentTarget.open = false;
          event.currentTarget.querySelector('summary')?.focus();
        }
      }}
    >
      <summary
        class="button small"
        // The accessible name starts with the visible words (WCAG 2.5.3), then says which parcel.
        aria-label={t('popup_retrack_label', { retrack: t('popup_retrack'), number: parcel.trackingNumber })}
      >
        {t('popup_retrack')}
        <span aria-hidden="true"> ▾</span>
      </summary>
      <ul class="retrack-list">
        {links.map((link) => (
          <li key={link.id}>
            <a href={link.url} target="_blank" rel="noreferrer" data-testid={`retrack-${link.id}`}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
