/**
 * What the buyer chose earlier, read straight from storage (content scripts may read it; writes go
 * through the background, which validates them): the panel state per order and the UI language.
 * Read defensively without zod, which would triple the panel module; a bad value reads as "none".
 */
import { STORE_KEY } from '../../core/schemas/storage-keys.ts';
import type { PanelState } from '../../core/schemas/store.ts';
import { send } from '../../platform/send-message.ts';

const STATES: readonly string[] = ['expanded', 'collapsed', 'dismissed'];

export type Remembered = { panelState?: PanelState; uiLanguage?: string };

export async function readRemembered(orderId: string | undefined): Promise<Remembered> {
  try {
    const raw = (await chrome.storage.local.get(STORE_KEY))[STORE_KEY] as
      | { panels?: Record<string, unknown>; settings?: { uiLanguage?: unknown } }
      | undefined;
    const state = orderId ? raw?.panels?.[orderId] : undefined;
    const lang = raw?.settings?.uiLanguage;
    return {
      ...(typeof state === 'string' && STATES.includes(state) ? { panelState: state as PanelState } : {}),
      ...(typeof lang === 'string' && lang !== 'auto' ? { uiLanguage: lang } : {}),
    };
  } catch {
    return {};
  }
}

export function rememberPanelState(orderId: string | undefined, state: PanelState): void {
  if (!orderId) return;
  send('set-panel-state', { orderId, state }).catch(() => undefined);
}
