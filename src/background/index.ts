/**
 * Service worker entry. Every listener is registered synchronously at the top level, so a worker woken
 * by a message, an alarm or a notification click never misses the event that woke it. The worker holds
 * no state it cannot rebuild from storage: the browser may stop it at any moment.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { handlers } from './handlers/index.ts';
import { createRouter } from './router.ts';
import { readStore } from './store.ts';

const route = createRouter(handlers);
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender));

browser.runtime.onInstalled.addListener(() => {
  // Validates (and if needed keeps aside) whatever an earlier version stored.
  void readStore();
});
