/** Handler for the on-page panel: how the buyer left it (expanded, collapsed, dismissed), per order. */
import type { Handlers } from '../router.ts';
import { updateStore } from '../store.ts';

/** Oldest entries go first beyond this many orders, so the store cannot grow without bound. */
const MAX_PANELS = 500;

export const panelHandlers: Pick<Handlers, 'set-panel-state'> = {
  'set-panel-state': async ({ orderId, state }) => {
    await updateStore((store) => {
      delete store.panels[orderId];
      store.panels[orderId] = state;
      const ids = Object.keys(store.panels);
      for (const id of ids.slice(0, Math.max(0, ids.length - MAX_PANELS))) delete store.panels[id];
    });
    return null;
  },
};
