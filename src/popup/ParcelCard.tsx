/**
 * One watched parcel in the popup list: what it is, where it stands at customs, the latest event, when
 * it was last checked and by which tracker (and what failed), with its actions. Text from trackers and
 * pages is rendered as text, never as HTML.
 */
import { useState } from 'preact/hooks';
import { isOfficialPaymentUrl, officialPaymentPage } from '../core/knowledge/payment-pages.ts';
import type { Parcel } from '../core/schemas/store.ts';
import type { Locale } from '../locales/locale-for.ts';
import { TRACKER_NAMES } from '../locales/tracker-names.ts';
import { trackerErrorText } from '../ui/error-text.ts';
import { absoluteTime, formatUnit, relativeTime } from '../ui/format.ts';
import { lastCheck, latestEvent, safeImageUrl, trackerErrors, trackingPageUrl } from './parcel-view.ts';
import { RetrackLinks } from './RetrackLinks.tsx';

type Props = {
  parcel: Parcel;
  locale: Locale;
  now: Date;
  checking: boolean;
  onCheck: () => void;
  onStop: () => void;
};

export function ParcelCard({ parcel, locale, now, checking, onCheck, onStop }: Props) {
  const { t, lang } = locale;
  const number = parcel.trackingNumber;
  const [thumbFailed, setThumbFailed] = useState(false);
  const thumbnail = thumbFailed ? undefined : safeImageUrl(parcel.thumbnail);
  const event = latestEvent(parcel);
  const checked = lastCheck(parcel);
  const errors = trackerErrors(parcel);
  const page = trackingPageUrl(parcel);
  const stageKey = parcel.stage ? (`stage_${parcel.stage}` as const) : 'stage_none';
  const titleId = `parcel-${number}-title`;
  const when = relativeTime(event?.time, now, lang);
  // Customs wants something from the buyer: the official place to pay, never a link from a message.
  const payPage =
    parcel.stage === 'action_required' ? officialPaymentPage(parcel.destCountry, parcel.lastMile?.carrier) : undefined;
  const payUrl = payPage?.url && isOfficialPaymentUrl(payPage.url) ? payPage.url : undefined;

  return (
    <li
      class="parcel"
      data-testid="parcel"
      data-tracking-number={number}
      data-stage={parcel.stage ?? 'none'}
      aria-labelledby={titleId}
    >
      <div class="parcel-head">
        {thumbnail ? (
          <img class="thumb" src={thumbnail} alt="" loading="lazy" onError={() => setThumbFailed(true)} />
        ) : (
          <span class="thumb thumb-empty" aria-hidden="true">
            <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
              <path
                d="M3 7.5 12 3l9 4.5v9L12 21l-9-4.5v-9Zm9 4.5 9-4.5M12 12 3 7.5M12 12v9"
                fill="none"
                stroke="currentColor"
                stroke-width="1.6"
                stroke-linejoin="round"
              />
            </svg>
          </span>
        )}
        <div class="parcel-id">
          {/* Clamped to two lines; the whole title shows on hover, while any control of the card has
              keyboard focus, and as a tooltip (screen readers always read it whole). */}
          <h2 class="parcel-title" id={titleId} dir="auto" title={parcel.title || undefined}>
            {parcel.title || number}
          </h2>
          {parcel.title && (
            <span class="number" data-testid="parcel-number">
              {number}
            </span>
          )}
        </div>
      </div>

      <div class="parcel-stage">
        <span class={`chip chip-${parcel.stage ?? 'none'}`} data-testid="stage-chip">
          {parcel.stage
            ? t(stageKey)
            : parcel.leftCustomsAt
              ? t('popup_stage_left')
              : parcel.events.length || checked
                ? t(stageKey)
                : t('popup_stage_waiting')}
        </span>
        {parcel.daysInCustoms !== undefined && (
          <span class="days" data-testid="days-in-customs">
            {t('popup_days_at_customs', { days: formatUnit(parcel.daysInCustoms, 'day', lang) })}
          </span>
        )}
      </div>

      <p class="event" data-testid="latest-event">
        {event ? (
          <>
            <span class="event-text" dir="auto">
              {event.text}
            </span>
            {when && ' · '}
            {when && (
              <time class="event-time" dateTime={event.time} title={absoluteTime(event.time, lang)}>
                {when}
              </time>
            )}
          </>
        ) : (
          <span class="muted">{t('popup_no_events')}</span>
        )}
      </p>

      <p class="checked muted" data-testid="last-checked">
        {checked
          ? t('popup_last_checked', {
              when: relativeTime(checked.at, now, lang) ?? checked.at,
              tracker: TRACKER_NAMES[checked.tracker],
            })
          : t('popup_not_checked')}
      </p>

      {errors.map((error) => (
        <p class="tracker-error" data-testid="tracker-error" key={error.tracker}>
          <span>{trackerErrorText(error.tracker, error.message, t)}</span>
          {error.nextCheck && relativeTime(error.nextCheck, now, lang) && (
            <span> {t('popup_tracker_retry', { when: relativeTime(error.nextCheck, now, lang) ?? '' })}</span>
          )}
        </p>
      ))}

      <div class="actions">
        {page && (
          <a
            class="button small"
            href={page}
            target="_blank"
            rel="noreferrer"
            aria-label={t('popup_open_tracking_label', { number })}
            data-testid="open-tracking"
          >
            {t('popup_open_tracking')}
          </a>
        )}
        {payPage && payUrl && (
          <a
            class="button small pay"
            href={payUrl}
            target="_blank"
            rel="noreferrer"
            data-testid="pay-official"
            data-payment-page={payPage.id}
          >
            {t('charges_popup_pay', { carrier: payPage.carrier })}
          </a>
        )}
        <RetrackLinks parcel={parcel} locale={locale} />
        <span class="actions-end">
          <button
            type="button"
            class="icon-button"
            onClick={onCheck}
            disabled={checking}
            aria-busy={checking}
            aria-label={checking ? t('popup_checking') : t('popup_check_now_label', { number })}
            title={checking ? t('popup_checking') : t('popup_check_now')}
            data-testid="check-now"
          >
            {checking ? (
              <span class="spinner" aria-hidden="true" />
            ) : (
              <svg viewBox="0 0 24 24" width="17" height="17" aria-hidden="true">
                <path
                  d="M20 12a8 8 0 1 1-2.4-5.7M20 4.5V9h-4.5"
                  fill="none"
                  stroke="currentColor"
                  stroke-width="2"
                  stroke-linecap="round"
                  stroke-linejoin="round"
                />
              </svg>
            )}
          </button>
          <button
            type="button"
            class="icon-button stop"
            onClick={onStop}
            aria-label={t('popup_stop_label', { number })}
            title={t('popup_stop')}
            data-testid="stop-watching"
          >
            <svg viewBox="0 0 24 24" width="17" height="17" aria-hidden="true">
              <path
                d="M3 12s3.5-6.5 9-6.5S21 12 21 12s-3.5 6.5-9 6.5S3 12 3 12Zm9 2.6a2.6 2.6 0 1 0 0-5.2 2.6 2.6 0 0 0 0 5.2ZM4 4l16 16"
                fill="none"
                stroke="currentColor"
                stroke-width="1.9"
                stroke-linecap="round"
              />
            </svg>
          </button>
        </span>
      </div>
    </li>
  );
}
