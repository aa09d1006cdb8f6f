/**
 * The one versioned storage document (DESIGN.md "Storage"): settings, watched parcels, per-order panel
 * state. Schemas are the types. A bad field falls back to its default (`.catch`) so one broken value
 * never costs the user the rest of their data; a document that is not even an object is kept aside by
 * the store (see src/background/store.ts).
 */
import { z } from 'zod';
import { safeAliExpressUrl } from '../aliexpress-url.ts';
import { EVENT_SOURCES, TrackingEventSchema } from '../events.ts';
import { STAGES } from '../stages.ts';

// Extension pages forbid eval by CSP: make zod validate without generating code, rather than probing.
z.config({ jitless: true });

export const STORE_VERSION = 1;

export const TRACKER_IDS = ['cainiao', '17track', 'parcelsapp'] as const;
export type TrackerId = (typeof TRACKER_IDS)[number];

export const StageSchema = z.enum(STAGES);

/** Bounds on the check interval, in minutes: faster risks Cainiao's soft-ban, slower is useless. */
export const MIN_INTERVAL_MINUTES = 60;
export const MAX_INTERVAL_MINUTES = 24 * 60;
export const DEFAULT_INTERVAL_MINUTES = 6 * 60;

const TrackerSettingsSchema = z.object({
  enabled: z.boolean().catch(false),
  apiKey: z.string().max(200).catch(''),
});

export const SettingsSchema = z.object({
  trackers: z
    .object({
      cainiao: TrackerSettingsSchema.catch(() => ({ enabled: true, apiKey: '' })),
      '17track': TrackerSettingsSchema.catch(() => ({ enabled: false, apiKey: '' })),
      parcelsapp: TrackerSettingsSchema.catch(() => ({ enabled: false, apiKey: '' })),
    })
    .catch(() => ({
      cainiao: { enabled: true, apiKey: '' },
      '17track': { enabled: false, apiKey: '' },
      parcelsapp: { enabled: false, apiKey: '' },
    })),
  checkIntervalMinutes: z
    .number()
    .int()
    .min(MIN_INTERVAL_MINUTES)
    .max(MAX_INTERVAL_MINUTES)
    .catch(DEFAULT_INTERVAL_MINUTES),
  notify: z
    .object({
      leftCustoms: z.boolean().catch(true),
      actionRequired: z.boolean().catch(true),
      returned: z.boolean().catch(true),
      delivered: z.boolean().catch(false),
    })
    .catch(() => ({ leftCustoms: true, actionRequired: true, returned: true, delivered: false })),
  /** 'auto' follows the browser's language. */
  uiLanguage: z.string().max(10).catch('auto'),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const TrackerStateSchema = z.object({
  lastCheck: z.string().optional(),
  nextCheck: z.string().optional(),
  lastError: z.string().max(500).optional(),
  failures: z.number().int().min(0).catch(0),
  /** 17TRACK: the number was registered (registration uses quota, so it is done once). */
  registered: z.boolean().optional(),
});
export type TrackerState = z.infer<typeof TrackerStateSchema>;

export const MAX_EVENTS_PER_PARCEL = 60;

/**
 * An array that drops only its invalid items and keeps at most `max` (the first or the last ones),
 * instead of failing whole: losing a parcel's `notified` keys would repeat notifications.
 */
function tolerantArray<T extends z.ZodType>(item: T, max: number, keep: 'first' | 'last') {
  return z.preprocess((value) => {
    if (!Array.isArray(value)) return [];
    const valid = value.filter((entry) => item.safeParse(entry).success);
    return keep === 'first' ? valid.slice(0, max) : valid.slice(-max);
  }, z.array(item));
}

export const ParcelSchema = z.object({
  trackingNumber: z.string().min(4).max(40),
  orderId: z.string().max(40).optional(),
  /** Kept only when it is an https AliExpress address (the one rule, core/aliexpress-url.ts). */
  trackingUrl: z
    .string()
    .max(2000)
    .transform((url) => safeAliExpressUrl(url))
    .optional(),
  title: z.string().max(300).optional(),
  thumbnail: z.string().max(2000).optional(),
  destCountry: z.string().length(2).optional(),
  /** Last-mile carrier's own number and name, when a tracker reports them. */
  lastMile: z.object({ number: z.string().max(40), carrier: z.string().max(100).optional() }).optional(),
  addedAt: z.string(),
  /** Newest first. */
  events: tolerantArray(TrackingEventSchema, MAX_EVENTS_PER_PARCEL, 'first'),
  stage: StageSchema.nullable().catch(null),
  /** Whole days at import customs, as of `updatedAt`. */
  daysInCustoms: z.number().int().min(0).optional(),
  leftCustomsAt: z.string().optional(),
  deliveredAt: z.string().optional(),
  updatedAt: z.string().optional(),
  /** True once a first look recorded a state. */
  baselined: z.boolean().catch(false),
  /**
   * Sources that have had their first look at this parcel ('page' and tracker ids): a source's first
   * answer is never news, whatever it says. Absent in documents written before it existed; then it is
   * derived from the events' sources and the trackers that have checked.
   */
  sources: z.array(z.enum(EVENT_SOURCES)).max(EVENT_SOURCES.length).optional().catch(undefined),
  /** Keys of transitions already notified ("left_customs", "action_required:<time>"...): each once, ever. */
  notified: tolerantArray(z.string().max(200), 200, 'last'),
  trackers: z.partialRecord(z.enum(TRACKER_IDS), TrackerStateSchema).catch(() => ({})),
});
export type Parcel = z.infer<typeof ParcelSchema>;

export const PanelStateSchema = z.enum(['expanded', 'collapsed', 'dismissed']);
export type PanelState = z.infer<typeof PanelStateSchema>;

export const StoreSchema = z.object({
  version: z.literal(STORE_VERSION),
  settings: SettingsSchema.catch(() => SettingsSchema.parse({})),
  /** Parcels are validated one by one in parseStore, so one broken parcel never costs the others. */
  parcels: z.record(z.string(), ParcelSchema),
  /** Per order id: how the buyer left the panel. */
  panels: z.record(z.string(), PanelStateSchema).catch(() => ({})),
  /** Codes that no table knew, kept so the maps can grow (bounded). */
  unknownCodes: tolerantArray(z.string().max(100), 100, 'last'),
});
export type Store = z.infer<typeof StoreSchema>;

export function defaultStore(): Store {
  return StoreSchema.parse({ version: STORE_VERSION, settings: {}, parcels: {}, panels: {}, unknownCodes: [] });
}

/** The storage keys are declared once, in a module without zod so the on-page panel can read them. */
export { CORRUPT_KEY_PREFIX, NOTICE_KEY, STORE_KEY } from './storage-keys.ts';
