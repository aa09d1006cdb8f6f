/**
 * The toolbar popup: the watched parcels, most urgent first, with their actions (check now, tracking
 * page, re-track, stop watching with undo) and a form to add a parcel by hand. Reads the store live;
 * every change is a message to the background.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Parcel } from '../core/schemas/store.ts';
import { trackersNeedingAccess } from '../core/tracker-hosts.ts';
import type { Locale } from '../locales/locale-for.ts';
import { TRACKER_NAMES } from '../locales/tracker-names.ts';
import { send } from '../platform/send-message.ts';
import { errorText } from '../ui/error-text.ts';
import { StoreNotice } from '../ui/StoreNotice.tsx';
import { useTrackerAccess } from '../ui/use-access.ts';
import { usePageLocale } from '../ui/use-locale.ts';
import { useStore } from '../ui/use-store.ts';
import { AddParcel } from './AddParcel.tsx';
import { ParcelCard } from './ParcelCard.tsx';
import { sortParcels } from './parcel-view.ts';

type Status = { text: string; error?: boolean };

function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

export function Popup() {
  const { store, notice } = useStore();
  const locale = usePageLocale(store?.settings.uiLanguage, 'ext_name');
  const { t } = locale;
  const now = useNow();
  const [checking, setChecking] = useState<ReadonlySet<string>>(new Set());
  const [checkingAll, setCheckingAll] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const [removed, setRemoved] = useState<Parcel | null>(null);
  const [adding, setAdding] = useState(false);
  const { access } = useTrackerAccess();

  if (!store) {
    return (
      <main class="popup" aria-busy="true">
        <p class="muted">{t('popup_loading')}</p>
      </main>
    );
  }
  const parcels = sortParcels(Object.values(store.parcels));
  const name = (p: Parcel) => p.title || p.trackingNumber;

  async function check(trackingNumber?: string) {
    if (trackingNumber) setChecking((s) => new Set(s).add(trackingNumber));
    else setCheckingAll(true);
    setStatus(null);
    try {
      const summary = await send('check-now', trackingNumber ? { trackingNumber } : {});
      setStatus(
        summary.errors.length
          ? {
              text: t('popup_check_done_errors', { count: summary.checked, errors: summary.errors.join(' ') }),
              error: true,
            }
          : { text: t('popup_check_done', { count: summary.checked }) },
      );
    } catch (error) {
      setStatus({ text: t('popup_check_failed', { error: errorText(error, t) }), error: true });
    } finally {
      if (trackingNumber)
        setChecking((s) => {
          const next = new Set(s);
          next.delete(trackingNumber);
          return next;
        });
      else setCheckingAll(false);
    }
  }

  async function stop(parcel: Parcel) {
    setStatus(null);
    try {
      const { removed: gone } = await send('unwatch', { trackingNumber: parcel.trackingNumber });
      setRemoved(gone ?? parcel);
    } catch (error) {
      setStatus({ text: errorText(error, t), error: true });
    }
  }

  async function undo() {
    if (!removed) return;
    const parcel = removed;
    setRemoved(null);
    try {
      await send('restore-parcel', { parcel });
      setStatus({ text: t('popup_restored', { name: name(parcel) }) });
    } catch (error) {
      setStatus({ text: errorText(error, t), error: true });
    }
  }

  return (
    <main class="popup" data-testid="popup">
      <header class="bar">
        <h1>
          {t('popup_title')}
          {parcels.length > 0 && <span class="count"> {parcels.length}</span>}
        </h1>
        <div class="bar-actions">
          {parcels.length > 0 && (
            <button
              type="button"
              class="button small"
              onClick={() => check()}
              disabled={checkingAll}
              aria-busy={checkingAll}
              data-testid="check-all"
            >
              {checkingAll && <span class="spinner" aria-hidden="true" />}
              {checkingAll ? t('popup_checking') : t('popup_check_all')}
            </button>
          )}
          <button
            type="button"
            class="icon-button"
            onClick={() => browser.runtime.openOptionsPage()}
            aria-label={t('popup_open_options')}
            title={t('popup_open_options')}
            data-testid="open-options"
          >
            <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
              <path
                fill="currentColor"
                d="M19.4 13a7.6 7.6 0 0 0 0-2l2-1.6-2-3.4-2.4 1a7.4 7.4 0 0 0-1.7-1L15 3.4h-4l-.4 2.6a7.4 7.4 0 0 0-1.7 1l-2.4-1-2 3.4L6.6 11a7.6 7.6 0 0 0 0 2l-2 1.6 2 3.4 2.4-1a7.4 7.4 0 0 0 1.7 1l.4 2.6h4l.4-2.6a7.4 7.4 0 0 0 1.7-1l2.4 1 2-3.4-2.1-1.6ZM13 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7Z"
                transform="translate(-1 0)"
              />
            </svg>
          </button>
        </div>
      </header>

      {notice && <StoreNotice notice={notice} locale={locale} />}

      {/* A tracker turned on whose host permission the browser does not grant (taken back in the
          browser's settings, or settings imported): it is not asked, and the user is told why. */}
      {access &&
        trackersNeedingAccess(store.settings, access).map((id) => (
          <p class="needs-access warn-text" key={id} data-testid="needs-access">
            {t('popup_needs_access', { tracker: TRACKER_NAMES[id] })}{' '}
            <button type="button" class="link-button" onClick={() => browser.runtime.openOptionsPage()}>
              {t('popup_open_options')}
            </button>
          </p>
        ))}

      <p
        class={`status${status?.error ? ' status-error' : ''}`}
        role="status"
        aria-live="polite"
        data-testid="popup-status"
      >
        {status?.text}
      </p>

      {parcels.length === 0 ? (
        <Empty locale={locale} />
      ) : (
        <ul class="parcels" aria-label={t('popup_list_label')} data-testid="parcel-list">
          {parcels.map((parcel) => (
            <ParcelCard
              key={parcel.trackingNumber}
              parcel={parcel}
              locale={locale}
              now={now}
              checking={checkingAll || checking.has(parcel.trackingNumber)}
              onCheck={() => check(parcel.trackingNumber)}
              onStop={() => stop(parcel)}
            />
          ))}
        </ul>
      )}

      {parcels.length === 0 || adding ? (
        <AddParcel
          locale={locale}
          // Empty: the form continues the steps above ("or add one by hand") instead of a second heading.
          heading={parcels.length === 0 ? t('popup_empty_or_add') : t('popup_add_heading')}
          watched={store.parcels}
          onDone={(text) => {
            setAdding(false);
            setStatus({ text });
          }}
          onCancel={parcels.length ? () => setAdding(false) : undefined}
        />
      ) : (
        <button type="button" class="button add-open" onClick={() => setAdding(true)} data-testid="add-open">
          <span aria-hidden="true">+ </span>
          {t('popup_add_open')}
        </button>
      )}

      {removed && (
        <UndoToast
          key={removed.trackingNumber}
          locale={locale}
          name={name(removed)}
          onUndo={undo}
          onDismiss={() => setRemoved(null)}
        />
      )}
    </main>
  );
}

function Empty({ locale }: { locale: Locale }) {
  const { t } = locale;
  return (
    <section class="empty" data-testid="popup-empty" aria-labelledby="empty-title">
      <svg class="empty-art" viewBox="0 0 64 64" width="44" height="44" aria-hidden="true">
        <path d="M8 20 32 8l24 12v24L32 56 8 44V20Z" fill="var(--chip-bg)" stroke="var(--accent)" stroke-width="2.5" />
        <path d="M8 20l24 12 24-12M32 32v24" fill="none" stroke="var(--accent)" stroke-width="2.5" />
        <circle cx="46" cy="44" r="9" fill="var(--bg)" stroke="var(--accent)" stroke-width="2.5" />
        <path d="m52.5 50.5 5 5" stroke="var(--accent)" stroke-width="3" stroke-linecap="round" />
      </svg>
      <h2 id="empty-title">{t('popup_empty_title')}</h2>
      <ol class="steps">
        <li>{t('popup_empty_step_open')}</li>
        <li>{t('popup_empty_step_watch')}</li>
        <li>{t('popup_empty_step_wait')}</li>
      </ol>
    </section>
  );
}

function UndoToast(props: { locale: Locale; name: string; onUndo: () => void; onDismiss: () => void }) {
  const { t } = props.locale;
  const undoRef = useRef<HTMLButtonElement>(null);
  // The card the user acted on is gone: put keyboard focus on the way back.
  useEffect(() => undoRef.current?.focus(), []);
  const dismiss = useRef(props.onDismiss);
  dismiss.current = props.onDismiss;
  useEffect(() => {
    const timer = setTimeout(() => dismiss.current(), 15_000);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div class="toast" role="status" data-testid="undo-toast">
      <span>{t('popup_stopped', { name: props.name })}</span>
      <button type="button" class="toast-button" ref={undoRef} onClick={props.onUndo} data-testid="undo">
        {t('popup_undo')}
      </button>
      <button type="button" class="toast-close" onClick={props.onDismiss} aria-label={t('popup_dismiss')}>
        ×
      </button>
    </div>
  );
}
