/**
 * The router against generated and mutated messages of every type (issue 14): a message the strict
 * schemas refuse is answered with a reason and reaches no handler, so nothing is written; a message
 * they accept reaches exactly its own handler. Also the sender allow-list: pages on other sites, and
 * AliExpress pages asking for what only the extension's own pages may do, are refused.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { MessageSchema, type MessageType } from '../core/schemas/messages.ts';
import { defaultStore, type Parcel } from '../core/schemas/store.ts';

const EXTENSION = 'chrome-extension://abcdefghijklmnop/';
vi.mock('webextension-polyfill', () => ({
  default: { runtime: { id: 'abcdefghijklmnop', getURL: (path: string) => `${EXTENSION}${path.replace(/^\//, '')}` } },
}));
const { createRouter, senderAllowed } = await import('./router.ts');

const parcel: Parcel = {
  trackingNumber: 'LP00123456789012',
  addedAt: '2026-11-20T10:00:00.000Z',
  events: [{ time: '2026-11-20T10:00:00.000Z', text: 'Import customs clearance started', source: 'cainiao' }],
  stage: 'import_received',
  baselined: true,
  notified: ['left_customs'],
  trackers: {},
};

/** One valid example of every message type. */
const VALID: Record<MessageType, Record<string, unknown>> = {
  ping: { type: 'ping' },
  watch: { type: 'watch', parcel: { trackingNumber: 'LP00123456789012', orderId: '8180000000000001' } },
  unwatch: { type: 'unwatch', trackingNumber: 'LP00123456789012' },
  'is-watched': { type: 'is-watched', trackingNumber: 'LP00123456789012' },
  'page-update': {
    type: 'page-update',
    parcel: { trackingNumber: 'LP00123456789012', events: [{ text: 'Held by customs', time: '2026-11-20T10:00Z' }] },
  },
  'set-panel-state': { type: 'set-panel-state', orderId: '8180000000000001', state: 'collapsed' },
  'classify-texts': { type: 'classify-texts', lang: 'en', texts: ['Import customs clearance delay'] },
  'explain-page': {
    type: 'explain-page',
    uiLang: 'en',
    reading: {
      kind: 'tracking',
      url: 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8180000000000001',
      lang: 'en',
      text: 'Import customs clearance delay',
      rows: [{ time: '2026-11-20T10:00:00+08:00', texts: ['Customs update', 'Import customs clearance delay'] }],
      packages: [{ trackingNumber: 'LP00123456789012', shown: true, rows: [{ texts: ['Held by customs'] }] }],
      numbers: ['LP00123456789012'],
      titles: ['Phone case'],
      statuses: ['Import customs clearance delay'],
    },
  },
  'order-stages': { type: 'order-stages', orderIds: ['8197254807227491'] },
  'check-now': { type: 'check-now' },
  'test-key': { type: 'test-key', tracker: '17track', apiKey: 'k' },
  'restore-parcel': { type: 'restore-parcel', parcel },
  'save-settings': { type: 'save-settings', settings: defaultStore().settings },
  'export-data': { type: 'export-data' },
  'import-preview': { type: 'import-preview', data: {} },
  'import-apply': { type: 'import-apply', data: {} },
  'clear-data': { type: 'clear-data' },
  'dismiss-notice': { type: 'dismiss-notice' },
};
const TYPES = Object.keys(VALID) as MessageType[];

const hostile = fc.oneof(
  fc.anything(),
  fc.constantFrom('<img src=x onerror=alert(1)>', '', 'x'.repeat(5000), '\u202e', -1, 1e308, null, [], {}),
);

/** A path into a message (["parcel", "trackingNumber"]) and everything below it. */
function paths(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

function mutate(message: Record<string, unknown>, path: string[], how: 'set' | 'drop' | 'extra', to: unknown) {
  const copy = structuredClone(message) as Record<string, unknown>;
  if (!path.length) return how === 'extra' ? { ...copy, extra: to } : to;
  let node = copy as Record<string, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = path[path.length - 1] as string;
  if (how === 'drop') delete node[last];
  else if (how === 'set') node[last] = to;
  else if (typeof node[last] === 'object' && node[last] !== null) (node[last] as Record<string, unknown>).zz = to;
  return copy;
}

const mutated = fc
  .constantFrom(...TYPES)
  .chain((type) => {
    const base = VALID[type];
    return fc.tuple(
      fc.constant(base),
      fc.constantFrom(...paths(base)),
      fc.constantFrom('set' as const, 'drop' as const, 'extra' as const),
      hostile,
    );
  })
  .map(([base, path, how, to]) => mutate(base, path, how, to));

const OWN_PAGE = { id: 'abcdefghijklmnop', url: `${EXTENSION}src/popup/index.html` };

describe('router', () => {
  it('refuses every message the schemas refuse, with a reason, before any handler runs (10,000 messages)', async () => {
    const calls: string[] = [];
    const handlers = Object.fromEntries(
      TYPES.map((type) => [
        type,
        () => {
          calls.push(type);
          return null;
        },
      ]),
    ) as never;
    const route = createRouter(handlers);
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(mutated, async (message) => {
        calls.length = 0;
        const reply = await route(message, OWN_PAGE);
        const valid = MessageSchema.safeParse(message);
        if (valid.success) {
          expect(reply.ok).toBe(true);
          expect(calls).toEqual([valid.data.type]);
        } else {
          refused += 1;
          expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^Invalid message: \S/) });
          expect(calls).toEqual([]);
        }
      }),
      { numRuns: 10_000 },
    );
    // The generator really produced bad messages, not only harmless variations.
    expect(refused).toBeGreaterThan(5_000);
  });

  it('lets AliExpress pages ask only what a page may, and other sites nothing', () => {
    const aliexpress = { id: 'abcdefghijklmnop', url: 'https://es.aliexpress.com/p/tracking/index.html' };
    expect(senderAllowed('watch', aliexpress)).toBe(true);
    expect(senderAllowed('page-update', aliexpress)).toBe(true);
    expect(senderAllowed('classify-texts', aliexpress)).toBe(true);
    expect(senderAllowed('explain-page', aliexpress)).toBe(true);
    expect(senderAllowed('order-stages', aliexpress)).toBe(true);
    for (const type of ['save-settings', 'clear-data', 'import-apply', 'export-data', 'restore-parcel'] as const) {
      expect(senderAllowed(type, aliexpress)).toBe(false);
      expect(senderAllowed(type, OWN_PAGE)).toBe(true);
    }
    expect(senderAllowed('watch', { id: 'abcdefghijklmnop', url: 'http://www.aliexpress.com/' })).toBe(false);
    expect(senderAllowed('watch', { id: 'abcdefghijklmnop', url: 'https://aliexpress.com.evil.example/' })).toBe(false);
    expect(senderAllowed('watch', { id: 'another-extension', url: OWN_PAGE.url })).toBe(false);
  });
});
