/**
 * Trackers on/off and their API keys. Keys are password fields with show/hide, validated before they
 * are saved, and "Test key" asks the tracker (through the background) whether it accepts the key. Keys
 * stay in storage.local: never synced, never logged.
 */
import { useState } from 'preact/hooks';
import { type Settings, TRACKER_IDS, type TrackerId } from '../core/schemas/store.ts';
import type { Locale } from '../locales/locale-for.ts';
import { TRACKER_NAMES } from '../locales/tracker-names.ts';
import { send } from '../platform/send-message.ts';
import { errorText } from '../ui/error-text.ts';
import { NEEDS_KEY } from './import-file.ts';

const KEY_PATTERN = /^[\x21-\x7E]{0,200}$/;

/** A key is printable ASCII without spaces; surrounding spaces from a paste are trimmed first. */
export function validKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

type Props = {
  settings: Settings;
  locale: Locale;
  update: (change: (s: Settings) => Settings, delayMs?: number) => void;
};

export function TrackerSettings({ settings, locale, update }: Props) {
  return (
    <div class="trackers">
      {TRACKER_IDS.map((id) => (
        <TrackerCard key={id} id={id} settings={settings} locale={locale} update={update} />
      ))}
    </div>
  );
}

type TestResult = { kind: 'ok' | 'bad' | 'error'; text: string };

function TrackerCard({ id, settings, locale, update }: Props & { id: TrackerId }) {
  const { t } = locale;
  const tracker = TRACKER_NAMES[id];
  const state = settings.trackers[id];
  const [typed, setTyped] = useState<string | null>(null);
  const [visible, setVisible] = useState(false);
  const [testing, setTesting] = useState(false);
  const [result, setResult] = useState<TestResult | null>(null);
  const key = typed ?? state.apiKey;
  const invalid = !validKey(key.trim());
  const set = (patch: Partial<Settings['trackers'][TrackerId]>, delayMs?: number) =>
    update((s) => ({ ...s, trackers: { ...s.trackers, [id]: { ...s.trackers[id], ...patch } } }), delayMs);

  async function test() {
    if (!key.trim()) {
      setResult({ kind: 'error', text: t('options_key_test_empty') });
      return;
    }
    setTesting(true);
    setResult(null);
    try {
      const answer = await send('test-key', { tracker: id, apiKey: key.trim() });
      setResult(
        answer.ok
          ? { kind: 'ok', text: t('options_key_test_ok', { message: answer.message }) }
          : { kind: 'bad', text: t('options_key_test_bad', { message: answer.message }) },
      );
    } catch (error) {
      setResult({ kind: 'error', text: t('options_key_test_failed', { error: errorText(error, t) }) });
    } finally {
      setTesting(false);
    }
  }

  const inputId = `key-${id}`;
  return (
    <div class="tracker" data-testid={`tracker-${id}`}>
      <label class="switch-row">
        <input
          type="checkbox"
          role="switch"
          checked={state.enabled}
          aria-checked={state.enabled}
          onChange={(e) => set({ enabled: e.currentTarget.checked })}
          data-testid={`tracker-${id}-enabled`}
        />
        <span class="switch-text">
          <strong>{t('options_tracker_use', { tracker })}</strong>
          <span class="muted">{t(`options_tracker_about_${id}`)}</span>
        </span>
      </label>
      {NEEDS_KEY[id] && (
        <div class="key-block">
          <label for={inputId} class="field-label">
            {t('options_key_label', { tracker })}
          </label>
          <div class="key-row">
            <input
              id={inputId}
              class="key-input"
              // Preact types each input `type` separately; both kinds take the same attributes here.
              type={(visible ? 'text' : 'password') as 'text'}
              value={key}
              autoComplete="off"
              spellcheck={false}
              dir="ltr"
              aria-invalid={invalid}
              aria-describedby={`${inputId}-note`}
              onInput={(e) => {
                const value = e.currentTarget.value;
                setTyped(value);
                setResult(null);
                // A first key means the user wants the tracker: turn it on with the key (they can still
                // turn it off); a changed key leaves the switch as the user set it.
                const first = !state.apiKey && value.trim() !== '';
                if (validKey(value.trim())) set({ apiKey: value.trim(), ...(first ? { enabled: true } : {}) }, 600);
              }}
              onBlur={() => {
                if (validKey(key.trim())) setTyped(null);
              }}
              data-testid={`tracker-${id}-key`}
            />
            <button
              type="button"
              class="button small"
              aria-pressed={visible}
              aria-label={t(visible ? 'options_key_hide_label' : 'options_key_show_label', { tracker })}
              onClick={() => setVisible(!visible)}
              data-testid={`tracker-${id}-show`}
            >
              {t(visible ? 'options_key_hide' : 'options_key_show')}
            </button>
            <button
              type="button"
              class="button small"
              onClick={test}
              disabled={testing}
              aria-busy={testing}
              data-testid={`tracker-${id}-test`}
            >
              {testing && <span class="spinner" aria-hidden="true" />}
              {t(testing ? 'options_key_testing' : 'options_key_test')}
            </button>
          </div>
          <p class="note muted" id={`${inputId}-note`}>
            {invalid ? (
              <span class="error-text">{t('options_key_invalid')}</span>
            ) : state.enabled && !state.apiKey ? (
              <span class="warn-text">{t('options_key_missing', { tracker })}</span>
            ) : (
              t('options_key_note', { tracker })
            )}
          </p>
          <p
            class={`test-result${result ? ` test-${result.kind}` : ''}`}
            role="status"
            aria-live="polite"
            data-testid={`tracker-${id}-result`}
          >
            {result?.text}
          </p>
        </div>
      )}
    </div>
  );
}
