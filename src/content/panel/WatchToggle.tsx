/**
 * "Watch this parcel": registers the parcel with the background (which then checks it and notifies when
 * it leaves customs), reflects whether it is already watched, and while watched hands the background
 * what the page shows ('page-update') so the parcel stays fresh for free.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PageParcel } from '../../core/schemas/messages.ts';
import type { Locale } from '../../locales/locale-for.ts';
import { send } from '../../platform/send-message.ts';
import { trusted } from './trusted.ts';

let lastUpdate = '';

function pageUpdate(parcel: PageParcel): void {
  const key = JSON.stringify(parcel);
  if (key === lastUpdate) return;
  lastUpdate = key;
  send('page-update', { parcel }).catch(() => undefined);
}

export function WatchToggle({ parcel, locale }: { parcel: PageParcel; locale: Locale }) {
  const { t } = locale;
  const [watched, setWatched] = useState<boolean | null>(null);
  const [failed, setFailed] = useState(false);
  const number = parcel.trackingNumber;

  useEffect(() => {
    let live = true;
    send('is-watched', { trackingNumber: number }).then(
      (value) => live && setWatched(value),
      () => live && setWatched(false),
    );
    return () => {
      live = false;
    };
  }, [number]);

  useEffect(() => {
    if (watched) pageUpdate(parcel);
  }, [watched, parcel]);

  const toggle = async () => {
    const next = !watched;
    setWatched(next);
    setFailed(false);
    try {
      if (next) await send('watch', { parcel });
      else await send('unwatch', { trackingNumber: number });
    } catch {
      setWatched(!next);
      setFailed(true);
    }
  };

  return (
    <>
      <button
        type="button"
        class={watched ? 'watch on' : 'watch'}
        aria-pressed={watched === true}
        disabled={watched === null}
        title={failed ? t('panel_watch_failed') : t('panel_watch_hint')}
        data-testid="watch-toggle"
        onClick={trusted(toggle)}
      >
        <span class="bell" aria-hidden="true">
          {watched ? '●' : '○'}
        </span>
        {watched ? t('panel_watching') : t('panel_watch')}
      </button>
      {failed ? (
        <span class="sr-only" role="alert">
          {t('panel_watch_failed')}
        </span>
      ) : null}
    </>
  );
}
