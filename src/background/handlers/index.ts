/**
 * The keyed handler object of the background: one entry per message type, from files by concern
 * (watching, tracker checks, the user's data). The type makes a missing handler a compile error.
 */
import browser from 'webextension-polyfill';
import { STORE_VERSION } from '../../core/schemas/store.ts';
import type { Handlers } from '../router.ts';
import { checkHandlers } from './checks.ts';
import { dataHandlers } from './data.ts';
import { pageHandlers } from './page.ts';
import { panelHandlers } from './panel.ts';
import { watchHandlers } from './watch.ts';

export const handlers: Handlers = {
  ping: () => ({ version: browser.runtime.getManifest().version, storeVersion: STORE_VERSION }),
  ...watchHandlers,
  ...checkHandlers,
  ...dataHandlers,
  ...panelHandlers,
  ...pageHandlers,
};
