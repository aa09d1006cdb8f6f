/**
 * The options page: trackers and their keys, check interval, notifications, UI language, and the
 * user's data (export, import, clear). Every change is saved at once and confirmed next to its section.
 */
import type { ComponentChildren } from 'preact';
import { MAX_INTERVAL_MINUTES, MIN_INTERVAL_MINUTES, type Settings } from '../core/schemas/store.ts';
import { pickUiLang, UI_LANGS } from '../locales/index.ts';
import type { Locale } from '../locales/locale-for.ts';
import { formatUnit } from '../ui/format.ts';
import { StoreNotice } from '../ui/StoreNotice.tsx';
import { useTrackerAccess } from '../ui/use-access.ts';
import { usePageLocale } from '../ui/use-locale.ts';
import { useStore } from '../ui/use-store.ts';
import { DataSettings } from './DataSettings.tsx';
import { SaveBadge } from './SaveBadge.tsx';
import { intervalLabel, languageLabel } from './setting-labels.ts';
import { TrackerSettings } from './TrackerSettings.tsx';
import { type SaveState, useSettings } from './use-settings.ts';

/** Offered intervals: hourly at most (Cainiao), daily at least. */
const INTERVALS = [60, 120, 180, 360, 720, 1440].filter((m) => m >= MIN_INTERVAL_MINUTES && m <= MAX_INTERVAL_MINUTES);
const RECOMMENDED_INTERVAL = 360;
const NOTIFY_KEYS = ['leftCustoms', 'actionRequired', 'returned', 'delivered'] as const;

export function Options() {
  const { store, notice } = useStore();
  const { draft, saveState, update } = useSettings(store?.settings);
  const { access } = useTrackerAccess();
  const locale = usePageLocale(draft?.uiLanguage ?? store?.settings.uiLanguage, 'options_title');
  const { t } = locale;
  if (!store || !draft) {
    return (
      <main class="options" aria-busy="true">
        <h1>{t('options_title')}</h1>
      </main>
    );
  }
  const section = (id: string) => (change: (s: Settings) => Settings, delayMs?: number) => update(id, change, delayMs);

  return (
    <main class="options" data-testid="options">
      <header class="page-head">
        <img src="/icons/icon-48.png" alt="" width="40" height="40" />
        <div>
          <h1>{t('options_title')}</h1>
          <p class="muted">{t('options_intro')}</p>
        </div>
      </header>
      {notice && <StoreNotice notice={notice} locale={locale} />}

      <Section id="trackers" title={t('options_trackers')} state={saveState} locale={locale}>
        <p class="muted intro">{t('options_trackers_intro')}</p>
        <TrackerSettings settings={draft} locale={locale} update={section('trackers')} access={access} />
      </Section>

      <Section id="interval" title={t('options_interval_title')} state={saveState} locale={locale}>
        <label class="field-label" for="interval">
          {t('options_interval_label')}
        </label>
        <select
          id="interval"
          value={String(draft.checkIntervalMinutes)}
          aria-describedby="interval-note"
          onChange={(e) => {
            const minutes = Number(e.currentTarget.value);
            if (INTERVALS.includes(minutes)) update('interval', (s) => ({ ...s, checkIntervalMinutes: minutes }));
          }}
          data-testid="interval"
        >
          {!INTERVALS.includes(draft.checkIntervalMinutes) && (
            <option value={String(draft.checkIntervalMinutes)}>
              {intervalLabel(draft.checkIntervalMinutes, locale)}
            </option>
          )}
          {INTERVALS.map((m) => (
            <option key={m} value={String(m)}>
              {m === RECOMMENDED_INTERVAL
                ? t('options_interval_recommended', { duration: formatUnit(m / 60, 'hour', locale.lang) })
                : intervalLabel(m, locale)}
            </option>
          ))}
        </select>
        <p class="note muted" id="interval-note">
          {t('options_interval_note')}
        </p>
      </Section>

      <Section id="notify" title={t('options_notify_title')} state={saveState} locale={locale}>
        <fieldset class="checks">
          <legend>{t('options_notify_intro')}</legend>
          {NOTIFY_KEYS.map((key) => (
            <label class="check-row" key={key}>
              <input
                type="checkbox"
                checked={draft.notify[key]}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  update('notify', (s) => ({ ...s, notify: { ...s.notify, [key]: on } }));
                }}
                data-testid={`notify-${key}`}
              />
              <span>{t(`options_notify_${key}`)}</span>
            </label>
          ))}
        </fieldset>
      </Section>

      <Section id="language" title={t('options_language_title')} state={saveState} locale={locale}>
        <label class="field-label" for="language">
          {t('options_language_label')}
        </label>
        <select
          id="language"
          value={draft.uiLanguage}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (value === 'auto' || (UI_LANGS as readonly string[]).includes(value)) {
              update('language', (s) => ({ ...s, uiLanguage: value }));
            }
          }}
          data-testid="language"
        >
          {['auto', ...UI_LANGS].map((value) => (
            <option key={value} value={value} lang={value === 'auto' ? undefined : value.replace('_', '-')}>
              {value === 'auto'
                ? languageLabel('auto', locale, pickUiLang(navigator.language))
                : languageLabel(value, locale)}
            </option>
          ))}
        </select>
      </Section>

      <Section id="data" title={t('options_data_title')} locale={locale}>
        <p class="muted intro">{t('options_data_intro')}</p>
        <DataSettings locale={locale} parcelCount={Object.keys(store.parcels).length} settings={store.settings} />
      </Section>
    </main>
  );
}

function Section(props: {
  id: string;
  title: string;
  state?: SaveState | null;
  locale: Locale;
  children: ComponentChildren;
}) {
  const headingId = `section-${props.id}`;
  return (
    <section class="card" aria-labelledby={headingId} data-testid={`section-${props.id}`}>
      <div class="card-head">
        <h2 id={headingId}>{props.title}</h2>
        {props.state !== undefined && <SaveBadge section={props.id} state={props.state} locale={props.locale} />}
      </div>
      {props.children}
    </section>
  );
}
