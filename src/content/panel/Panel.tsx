/**
 * The explanation panel on AliExpress tracking and order pages (rendered inside the shadow root):
 * a compact header (stage, days at customs against the usual, Watch, details, hide), and on expand the
 * meaning, the reasons for this order, the next steps and their actions. Every page text is rendered as
 * a Preact text child, never as HTML.
 */

import { useEffect, useState } from 'preact/hooks';
import { EXTEND_AT_PROTECTION_DAYS } from '../../core/advice.ts';
import type { PanelView } from '../../core/panel-view/build-view.ts';
import type { PanelState } from '../../core/schemas/store.ts';
import type { Locale } from '../../locales/locale-for.ts';
import { ChargesSection } from './ChargesSection.tsx';
import { copyText } from './copy-text.ts';
import type { SellerChat } from './read-facts.ts';
import { trusted } from './trusted.ts';
import { WatchToggle } from './WatchToggle.tsx';

export type PanelProps = {
  view: PanelView;
  /** The page's own seller-chat link or button, when it has one. */
  chat?: SellerChat | undefined;
  locale: Locale;
  dir: 'ltr' | 'rtl';
  initialState: PanelState;
  onStateChange: (state: PanelState) => void;
};

function DaysLine({ view, locale }: { view: PanelView; locale: Locale }) {
  const { t } = locale;
  if (view.daysInCustoms === undefined) return null;
  const days =
    view.daysInCustoms === 0
      ? t('panel_today_at_customs')
      : view.daysInCustoms === 1
        ? t('panel_day_at_customs')
        : t('panel_days_at_customs', { days: view.daysInCustoms });
  return (
    <span class={view.overdue ? 'days overdue' : 'days'} data-testid="panel-days">
      <strong>
        <bdi>{days}</bdi>
      </strong>
      {view.usual ? <span class="usual"> · {t('panel_usual_days', view.usual)}</span> : null}
      {view.overdue ? <span class="usual"> · {t('panel_overdue')}</span> : null}
    </span>
  );
}

function CopyMessage({ text, locale }: { text: string; locale: Locale }) {
  const [result, setResult] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (result !== 'copied') return;
    const timer = setTimeout(() => setResult('idle'), 2500);
    return () => clearTimeout(timer);
  }, [result]);
  return (
    <>
      <button
        type="button"
        class="action"
        data-testid="copy-seller-message"
        onClick={trusted(async (e: MouseEvent) =>
          setResult((await copyText(text, (e.currentTarget as Element).getRootNode())) ? 'copied' : 'failed'),
        )}
      >
        {result === 'copied' ? `✓ ${locale.t('panel_copied')}` : locale.t('panel_copy_message')}
      </button>
      <span class="sr-only" role="status" aria-live="polite">
        {result === 'copied' ? locale.t('panel_copied') : ''}
      </span>
      {result === 'failed' ? (
        <div class="fallback">
          <p>{locale.t('panel_copy_failed')}</p>
          <textarea readOnly rows={5} value={text} />
        </div>
      ) : null}
    </>
  );
}

export function Panel({ view, chat, locale, dir, initialState, onStateChange }: PanelProps) {
  const { t } = locale;
  const [state, setState] = useState<PanelState>(initialState);
  useEffect(() => setState(initialState), [initialState]);
  const change = (next: PanelState) => {
    setState(next);
    onStateChange(next);
  };
  const stageLabel = t(`stage_${view.stage}`);
  const lang = locale.lang.replace('_', '-');

  if (state === 'dismissed') {
    return (
      <div class="pill" dir={dir} lang={lang}>
        <span class={`dot dot-${view.stage}`} aria-hidden="true" />
        <span>{t('panel_dismissed', { stage: stageLabel })}</span>
        <button type="button" class="link" data-testid="panel-restore" onClick={trusted(() => change('collapsed'))}>
          {t('panel_restore')}
        </button>
      </div>
    );
  }

  const expanded = state === 'expanded';
  return (
    <section class={`panel stage-${view.stage}`} aria-label={t('panel_label')} dir={dir} lang={lang}>
      <header class="head">
        <span class="brand" aria-hidden="true">
          ◎
        </span>
        <span class={`chip chip-${view.stage}`} data-testid="panel-stage">
          {stageLabel}
        </span>
        <DaysLine view={view} locale={locale} />
        <span class="controls">
          {view.parcel ? <WatchToggle parcel={view.parcel} locale={locale} /> : null}
          <button
            type="button"
            class="toggle"
            aria-expanded={expanded}
            aria-controls="cl-details"
            data-testid="panel-toggle"
            onClick={trusted(() => change(expanded ? 'collapsed' : 'expanded'))}
          >
            {expanded ? t('panel_collapse') : t('panel_expand')}
            <span class={expanded ? 'caret up' : 'caret'} aria-hidden="true" />
          </button>
          <button
            type="button"
            class="close"
            aria-label={t('panel_dismiss')}
            title={t('panel_dismiss')}
            data-testid="panel-dismiss"
            onClick={trusted(() => change('dismissed'))}
          >
            ×
          </button>
        </span>
      </header>
      <p class="meaning">{view.meaning}</p>
      {view.charges && view.stage === 'action_required' ? (
        <ChargesSection charges={view.charges} locale={locale} />
      ) : null}
      <div id="cl-details" class="details" hidden={!expanded}>
        {view.status ? (
          <p class="latest">
            <span class="label">
              {view.statusFrom ? t('panel_latest_from', { tracker: view.statusFrom }) : t('panel_latest_status')}:{' '}
            </span>
            <q>
              <bdi>{view.status}</bdi>
            </q>
          </p>
        ) : null}
        {view.protectionDays !== undefined ? (
          <p
            class={view.protectionDays <= EXTEND_AT_PROTECTION_DAYS ? 'protection soon' : 'protection'}
            data-testid="panel-protection"
          >
            {view.protectionDays <= EXTEND_AT_PROTECTION_DAYS
              ? t('panel_protection_soon', { days: view.protectionDays })
              : t('panel_protection_days', { days: view.protectionDays })}
          </p>
        ) : null}
        {view.reasons.length ? (
          <>
            <h3>{t('panel_reasons_title')}</h3>
            <ul class="reasons" data-testid="panel-reasons">
              {view.reasons.map((r) => (
                <li key={r.id} data-reason={r.id}>
                  <span class={r.cautious ? 'tag possible' : 'tag likely'}>
                    {r.cautious ? t('panel_possible') : t('panel_likely')}
                  </span>
                  {r.text}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {view.charges && view.stage !== 'action_required' ? (
          <ChargesSection charges={view.charges} locale={locale} />
        ) : null}
        {view.steps.length ? (
          <>
            <h3>{t('panel_steps_title')}</h3>
            <ol class="steps" data-testid="panel-steps">
              {view.steps.map((s) => (
                <li key={s.id} data-step={s.id} class={s.urgent ? 'urgent' : undefined}>
                  {s.text}
                </li>
              ))}
            </ol>
          </>
        ) : null}
        <div class="actions">
          {view.sellerMessage ? <CopyMessage text={view.sellerMessage} locale={locale} /> : null}
          {chat ? (
            chat.href ? (
              <a class="action" href={chat.href} target="_blank" rel="noopener noreferrer" data-testid="open-chat">
                {t('panel_open_chat')}
              </a>
            ) : (
              <button
                type="button"
                class="action"
                data-testid="open-chat"
                onClick={trusted(() => chat?.element?.click())}
              >
                {t('panel_open_chat')}
              </button>
            )
          ) : null}
        </div>
        {view.links.length ? (
          <nav class="retrack" aria-label={t('panel_retrack_title')}>
            <span class="label">{t('panel_retrack_title')}:</span>
            {view.links.map((l) => (
              <a
                key={l.id}
                href={l.url}
                target="_blank"
                rel="noopener noreferrer"
                data-testid={`retrack-${l.id}`}
                aria-label={t('panel_retrack_link', { name: l.label })}
              >
                {l.label} ↗
              </a>
            ))}
          </nav>
        ) : null}
      </div>
    </section>
  );
}
