/**
 * Words a failed request for the user. The background answers errors as English messages (or
 * `import:<code>` for imports); the known ones get a translated sentence, anything else is shown as is.
 */

import type { TrackerId } from '../core/schemas/store.ts';
import { storedFailureKind } from '../core/tracker-failure.ts';
import type { MessageKey, Translate } from '../locales/index.ts';
import { TRACKER_NAMES } from '../locales/tracker-names.ts';

export function errorText(error: unknown, t: Translate): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/not available yet/i.test(message)) return t('popup_error_not_ready');
  // The worker was stopped between the question and its answer (Chrome's own words, never shown raw).
  if (/listener indicated an asynchronous response|message channel closed/i.test(message)) {
    return t('popup_error_restarted');
  }
  if (/No answer from the background|Could not establish connection|Receiving end does not exist/i.test(message)) {
    return t('popup_error_no_answer');
  }
  return message;
}

/** A tracker's stored failure in today's language; a sentence stored by an older version shows as is. */
export function trackerErrorText(tracker: TrackerId, stored: string, t: Translate): string {
  const kind = storedFailureKind(stored);
  const name = TRACKER_NAMES[tracker];
  return kind
    ? t(`notifications_error_${kind}` as MessageKey, { tracker: name })
    : t('popup_tracker_error', { tracker: name, error: stored });
}
