/**
 * "Add a tracking number": watch a parcel by hand. The number is checked as it is typed; an unknown or
 * doubtful format needs a second, explicit "Watch anyway"; garbage is refused with the reason.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Parcel } from '../core/schemas/store.ts';
import type { Locale } from '../locales/locale-for.ts';
import { send } from '../platform/send-message.ts';
import { errorText } from '../ui/error-text.ts';
import { judgeManualNumber } from './manual-number.ts';

type Props = {
  locale: Locale;
  heading: string;
  watched: Record<string, Parcel>;
  onDone: (message: string) => void;
  onCancel?: (() => void) | undefined;
};

export function AddParcel({ locale, heading, watched, onDone, onCancel }: Props) {
  const { t } = locale;
  const [raw, setRaw] = useState('');
  const [title, setTitle] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [confirmed, setConfirmed] = useState<string | null>(null);
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const judged = judgeManualNumber(raw);

  // Opened on purpose (not the empty state's inline form): start typing at once.
  useEffect(() => {
    if (onCancel) input.current?.focus();
  }, [onCancel]);

  let hint: { text: string; kind: 'error' | 'warn' | 'ok' } | null = null;
  if (judged.verdict === 'empty' && submitted) hint = { text: t('popup_add_empty'), kind: 'error' };
  else if (judged.verdict === 'invalid' && (submitted || raw.length >= 8))
    hint = { text: t('popup_add_invalid'), kind: 'error' };
  else if (judged.verdict === 'warn' && (submitted || confirmed === judged.number))
    hint = { text: t(judged.reason === 'unknown' ? 'popup_add_unknown' : 'popup_add_check_digit'), kind: 'warn' };
  else if (judged.verdict !== 'empty' && judged.verdict !== 'invalid' && watched[judged.number])
    hint = { text: t('popup_add_exists', { number: judged.number }), kind: 'warn' };
  else if (judged.verdict === 'ok' && judged.label)
    hint = { text: t('popup_add_recognised', { kind: judged.label }), kind: 'ok' };
  if (failure) hint = { text: failure, kind: 'error' };

  const needsConfirm = judged.verdict === 'warn' && confirmed !== judged.number;

  async function submit(event: Event) {
    event.preventDefault();
    setSubmitted(true);
    setFailure('');
    if (judged.verdict === 'empty' || judged.verdict === 'invalid') {
      input.current?.focus();
      return;
    }
    if (watched[judged.number]) return;
    if (needsConfirm) {
      setConfirmed(judged.number);
      return;
    }
    setBusy(true);
    try {
      const trimmed = title.trim().slice(0, 300);
      await send('watch', { parcel: { trackingNumber: judged.number, ...(trimmed ? { title: trimmed } : {}) } });
      setRaw('');
      setTitle('');
      setSubmitted(false);
      setConfirmed(null);
      onDone(t('popup_add_done', { number: judged.number }));
    } catch (error) {
      setFailure(t('popup_add_failed', { error: errorText(error, t) }));
    } finally {
      setBusy(false);
    }
  }

  const hintId = 'add-hint';
  return (
    <form class="add" onSubmit={submit} aria-labelledby="add-heading" data-testid="add-form" noValidate>
      <h2 id="add-heading">{heading}</h2>
      <label class="field">
        {t('popup_add_label')}
        <input
          ref={input}
          value={raw}
          onInput={(e) => {
            setRaw(e.currentTarget.value);
            setFailure('');
            setSubmitted(false);
          }}
          placeholder={t('popup_add_placeholder')}
          autoComplete="off"
          spellcheck={false}
          dir="ltr"
          maxLength={60}
          aria-invalid={hint?.kind === 'error'}
          aria-describedby={hintId}
          data-testid="add-number"
        />
      </label>
      <label class="field">
        {t('popup_add_title_label')}
        <input
          value={title}
          onInput={(e) => setTitle(e.currentTarget.value)}
          placeholder={t('popup_add_title_placeholder')}
          maxLength={300}
          data-testid="add-title"
        />
      </label>
      <p id={hintId} class={`hint${hint ? ` hint-${hint.kind}` : ''}`} aria-live="polite" data-testid="add-hint">
        {hint?.text}
      </p>
      <div class="form-actions">
        {onCancel && (
          <button type="button" class="button" onClick={onCancel}>
            {t('popup_add_cancel')}
          </button>
        )}
        <button type="submit" class="button primary" disabled={busy} data-testid="add-submit">
          {judged.verdict === 'warn' && confirmed === judged.number ? t('popup_add_anyway') : t('popup_add_submit')}
        </button>
      </div>
    </form>
  );
}
