/** Handlers that ask trackers: check now, test an API key. */
import type { Handlers } from '../router.ts';

export const checkHandlers: Pick<Handlers, 'check-now' | 'test-key'> = {
  'check-now': () => {
    throw new Error('Check now is not available yet');
  },
  'test-key': () => {
    throw new Error('Testing a key is not available yet');
  },
};
