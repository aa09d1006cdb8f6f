/**
 * Service worker entry. Every listener is registered synchronously at the top level, so a worker woken
 * by a message, an alarm or a notification click never misses the event that woke it. The worker holds
 * no state it cannot rebuild from storage: the browser may stop it at any moment, and `resume` at each
 * start shows queued news, finishes a check a killed worker left, and sets the next alarm.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { STORE_KEY } from '../core/schemas/store.ts';
import { onAccessChanged } from '../platform/permissions.ts';
import { handlers } from './handlers/index.ts';
import { onNotificationButton, onNotificationClicked } from './notifications.ts';
import { createRouter } from './router.ts';
import { onAlarm, onStoreChanged, reschedule, resume } from './scheduler.ts';
import { readStore } from './store.ts';

const route = createRouter(handlers);
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender));

browser.runtime.onInstalled.addListener(() => {
  // Validates (and if needed keeps aside) whatever an earlier version stored.
  void readStore();
});

browser.alarms.onAlarm.addListener((alarm) => {
  void onAlarm(alarm);
});

browser.notifications.onClicked.addListener((id) => {
  void onNotificationClicked(id);
});
// Firefox has no notification buttons (and may lack the event).
browser.notifications.onButtonClicked?.addListener((id, index) => {
  void onNotificationButton(id, index);
});

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && STORE_KEY in changes) onStoreChanged();
});

// A tracker's host permission granted (options page) or taken back (the browser's extension settings):
// the alarm follows what may be asked now.
onAccessChanged(onStoreChanged);

// Back online: look again now instead of at the next offline retry (the alarm covers browsers that
// do not tell a worker about the network).
globalThis.addEventListener?.('online', () => {
  void reschedule();
});

void resume().catch((error) => console.warn('Customs Lens: resume failed', error));
