import { describe, expect, it } from 'vitest';
import { storedFailure } from '../core/tracker-failure.ts';
import { localeFor } from '../locales/locale-for.ts';
import { errorText, trackerErrorText } from './error-text.ts';

describe('trackerErrorText', () => {
  it('words a stored failure kind in the language read today', () => {
    const stored = storedFailure('rate_limited');
    expect(trackerErrorText('17track', stored, localeFor('en', undefined).t)).toBe(
      '17TRACK asked to slow down. Customs Lens will wait before asking again.',
    );
    expect(trackerErrorText('17track', stored, localeFor('de', undefined).t)).toContain('17TRACK');
    expect(trackerErrorText('17track', stored, localeFor('de', undefined).t)).not.toContain('asked to slow down');
  });

  it('shows a sentence stored by an older version as it is, and never trusts an unknown kind', () => {
    const t = localeFor('en', undefined).t;
    expect(trackerErrorText('cainiao', 'Rate limited (HTTP 429)', t)).toBe('Cainiao failed: Rate limited (HTTP 429)');
    expect(trackerErrorText('cainiao', 'error:constructor', t)).toBe('Cainiao failed: error:constructor');
  });

  it('words a worker stopped mid-request instead of showing Chrome’s raw message', () => {
    const raw = new Error(
      'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
    );
    const { t } = localeFor('de', 'de');
    expect(errorText(raw, t)).toBe(
      'Der Browser hat Customs Lens während der Arbeit neu gestartet. Bitte erneut versuchen.',
    );
  });
});
