/**
 * Trackers on/off and their API keys. Keys are password fields with show/hide, validated before they
 * are saved, and "Test key" asks the tracker (through the background) whether it accepts the key. Keys
 * stay in storage.local: never synced, never logged.
 *
 * Turning a tracker on asks the browser for its host (core/tracker-hosts.ts) first thing in the user's
 * change handler — the browser shows its prompt only for a user gesture — and the switch stays off until
 * the browser says yes; a refusal keeps it off and says why. Turning 17TRACK or ParcelsApp off gives
 * their host back (`permissions.remove`): a tracker that is off may reach nothing. A tracker that is on
 * without its permission (taken back in the browser's settings) says so, with a button to allow it again.
 */
import { useState } from 'preact/hooks';
import { type Settings, TRACKER_IDS, type TrackerId } from '../core/schemas/store.ts';
import { isOptionalTracker, trackerHostName } from '../core/tracker-hosts.ts';
import type { Locale } from '../locales/locale-for.ts';
import { TRACKER_NAMES } from '../locales/tracker-names.ts';
import { releaseTrackerAccess, requestTrackerAccess } from '../platform/permissions.ts';
import { send } from '../platform/send-message.ts';
import { errorText } from '../ui/error-text.ts';
import { NEEDS_KEY } from './import-file.ts';

/**
 * Asks the browser for the trackers' hosts. Must run synchronously in the user's click or change handler
 * (nothing awaited before): a synchronous throw (no `permissions` API, no gesture) becomes a rejection.
 */
export function askAccess(trackers: readonly TrackerId[]): Promise<boolean> {
  try {
    return requestTrackerAccess(trackers);
  } catch (error) {
    return Promise.reject(error);
  }
}

const KEY_PATTERN = /^[\x21-\x7E]{0,200}$/;

/** A key is printable ASCII without spaces; surrounding spaces from a paste are trimmed first. */
export function validKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

type Props = {
  settings: Settings;
  locale: Locale;
  update: (change: (s: Settings) => Settings, delayMs?: number) => void;
  /** Trackers whose hosts the browser lets us reach; null while not known yet. */
  access: ReadonlySet<TrackerId> | null;
};

export function TrackerSettings(props: Props) {
  return (
    <div class="trackers">
      {TRACKER_IDS.map((id) => (
        <TrackerCard key={id} id={id} {...props} />
      ))}
    </div>
  );
}

type TestResult = { kind: 'ok' | 'bad' | 'error'; text: string };
type Asking = { kind: 'asking' } | { kind: 'refused' } | { kind: 'error'; error: string };

function TrackerCard({ id, settings, locale, update, access }: Props & { id: TrackerId }) {
  const { t } = locale;
  const tracker = TRACKER_NAMES[id];
  const host = trackerHostName(id);
  const state = settings.trackers[id];
  const [typed, setTyped] = useState<string | null>(null);
  const [visible, setVisible] = useState(false);
  const [testing, setTesting] = useState(false);
  const [result, setResult] = useState<TestResult | null>(null);
  const [asking, setAsking] = useState<Asking | null>(null);
  const [keyWaits, setKeyWaits] = useState(false);
  const key = typed ?? state.apiKey;
  const invalid = !validKey(key.trim());
  // Unknown yet counts as granted, so nothing flashes a warning while the browser answers.
  const reachable = access === null || access.has(id);
  const set = (patch: Partial<Settings['trackers'][TrackerId]>, delayMs?: number) =>
    update((s) => ({ ...s, trackers: { ...s.trackers, [id]: { ...s.trackers[id], ...patch } } }), delayMs);

  /** The user's click: ask the browser first (the gesture), keep the switch off until it says yes. */
  function turnOn(input: HTMLInputElement | null, alreadyOn: boolean) {
    const asked = askAccess([id]);
    if (input) input.checked = alreadyOn;
    setAsking({ kind: 'asking' });
    setKeyWaits(false);
    asked.then(
      (granted) => {
        setAsking(granted ? null : { kind: 'refused' });
        if (granted && !alreadyOn) set({ enabled: true });
      },
      (error) => setAsking({ kind: 'error', error: errorText(error, t) }),
    );
  }

  function turnOff() {
    setAsking(null);
    set({ enabled: false });
    if (isOptionalTracker(id)) void releaseTrackerAccess(id);
  }

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
          aria-describedby={`access-${id}`}
          onChange={(e) => (e.currentTarget.checked ? turnOn(e.currentTarget, false) : turnOff())}
          data-testid={`tracker-${id}-enabled`}
        />
        <span class="switch-text">
          <strong>{t('options_tracker_use', { tracker })}</strong>
          <span class="muted">{t(`options_tracker_about_${id}`)}</span>
          {isOptionalTracker(id) && !state.enabled && (
            <span class="muted access-note">{t('options_access_note', { host })}</span>
          )}
        </span>
      </label>
      <div class="access-status" id={`access-${id}`} role="status" data-testid={`tracker-${id}-access`}>
        {asking?.kind === 'asking' && <p class="note muted">{t('options_access_asking')}</p>}
        {asking?.kind === 'refused' && <p class="warn-text">{t('options_access_refused', { tracker, host })}</p>}
        {asking?.kind === 'error' && (
          <p class="error-text">{t('options_access_error', { tracker, host, error: asking.error })}</p>
        )}
        {!asking && state.enabled && !reachable && (
          <p class="warn-text">
            {t('options_access_missing', { tracker, host })}{' '}
            <button
              type="button"
              class="button small"
              onClick={() => turnOn(null, true)}
              data-testid={`tracker-${id}-allow`}
            >
              {t('options_access_allow', { host })}
            </button>
          </p>
        )}
      </div>
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
                // turn it off) when the browser already lets us reach it — typing is no moment for the
                // browser's prompt, so otherwise the note asks for the switch. A changed key leaves the
                // switch as the user set it.
                const first = !state.apiKey && value.trim() !== '';
                const turnOnNow = first && access?.has(id) === true;
                setKeyWaits(first && !turnOnNow && !state.enabled);
                if (validKey(value.trim())) set({ apiKey: value.trim(), ...(turnOnNow ? { enabled: true } : {}) }, 600);
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
            ) : keyWaits && !state.enabled && state.apiKey ? (
              <span class="warn-text" data-testid={`tracker-${id}-key-waits`}>
                {t('options_key_turn_on', { tracker, host })}
              </span>
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
