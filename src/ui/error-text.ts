/**
 * Words a failed request for the user. The background answers errors as English messages (or
 * `import:<code>` for imports); the known ones get a translated sentence, anything else is shown as is.
 */
import type { Translate } from '../locales/index.ts';

export function errorText(error: unknown, t: Translate): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/not available yet/i.test(message)) return t('popup_error_not_ready');
  if (/No answer from the background|Could not establish connection|Receiving end does not exist/i.test(message)) {
    return t('popup_error_no_answer');
  }
  return message;
}
