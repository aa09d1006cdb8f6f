/**
 * The one typed message map shared by every context (DESIGN.md "Messages"). Each request is a member
 * of a zod discriminated union on `type`; the receiver validates what it gets and checks the sender.
 * Responses travel back as `{ ok: true, value }` or `{ ok: false, error }` so errors are never lost.
 */
import { z } from 'zod';
import { safeAliExpressUrl } from '../aliexpress-url.ts';
import { TrackingEventSchema } from '../events.ts';
import { PAGE_KINDS } from '../page-kind.ts';
import type { Explanation } from '../panel-view/explain-page.ts';
import { MAX_PAGE_TEXT, type PageReading, READING_LIMITS } from '../panel-view/page-reading.ts';
import type { TrackerStage } from '../panel-view/tracker-stage.ts';
import type { Stage } from '../stages.ts';
import {
  MAX_INTERVAL_MINUTES,
  MIN_INTERVAL_MINUTES,
  PanelStateSchema,
  type Parcel,
  ParcelSchema,
  type Settings,
  StageSchema,
  type Store,
  TRACKER_IDS,
} from './store.ts';

/**
 * A tracking number as every boundary accepts it: letters and digits only (spaces and dashes a person
 * typed are taken out), 6 to 40 characters — never markup, never a sentence.
 */
export const TrackingNumber = z
  .string()
  .max(80)
  .transform((s) => s.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^[A-Za-z0-9]{6,40}$/, 'a tracking number is 6 to 40 letters and digits'));

/**
 * Settings as a message carries them: strict. A wrong or missing field is a refusal with a reason,
 * never a silent fall back to defaults (the stored document alone is read leniently, store.ts).
 */
const TrackerSettingsInput = z.strictObject({ enabled: z.boolean(), apiKey: z.string().max(200) });
export const SettingsInputSchema = z.strictObject({
  trackers: z.strictObject({
    cainiao: TrackerSettingsInput,
    '17track': TrackerSettingsInput,
    parcelsapp: TrackerSettingsInput,
  }),
  checkIntervalMinutes: z.number().int().min(MIN_INTERVAL_MINUTES).max(MAX_INTERVAL_MINUTES),
  notify: z.strictObject({
    leftCustoms: z.boolean(),
    actionRequired: z.boolean(),
    returned: z.boolean(),
    delivered: z.boolean(),
  }),
  uiLanguage: z.string().max(10),
}) satisfies z.ZodType<Settings>;

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    keysA.length === keysB.length &&
    keysA.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/** A whole parcel as a message carries it (undo of "stop watching"): refused if reading it would repair anything. */
export const ParcelInputSchema = z.unknown().transform((value, ctx) => {
  const parsed = ParcelSchema.safeParse(value);
  if (!parsed.success || !sameValue(parsed.data, value)) {
    ctx.addIssue({ code: 'custom', message: 'not a parcel as Customs Lens stores it' });
    return z.NEVER;
  }
  return parsed.data;
});

/** What the content script read from an AliExpress page about one parcel. */
export const PageParcelSchema = z.object({
  trackingNumber: TrackingNumber,
  orderId: z.string().max(40).optional(),
  trackingUrl: z
    .string()
    .max(2000)
    .refine((url) => safeAliExpressUrl(url) !== undefined, 'the tracking page must be an https AliExpress address')
    .optional(),
  title: z.string().max(300).optional(),
  thumbnail: z.string().max(2000).optional(),
  destCountry: z.string().length(2).optional(),
  stage: StageSchema.nullable().optional(),
  events: z.array(TrackingEventSchema).max(200).optional(),
});
export type PageParcel = z.infer<typeof PageParcelSchema>;

const PageText = z.string().max(READING_LIMITS.text);
const PageRowSchema = z.strictObject({
  time: z.string().max(40).optional(),
  texts: z.array(PageText).max(READING_LIMITS.texts),
});

/** What the on-page panel read from the page (core/panel-view/page-reading.ts): plain data, bounded. */
export const PageReadingSchema = z.strictObject({
  kind: z.enum(PAGE_KINDS),
  url: z.string().max(READING_LIMITS.url),
  lang: z.string().max(35),
  text: z.string().max(MAX_PAGE_TEXT),
  rows: z.array(PageRowSchema).max(READING_LIMITS.rows),
  packages: z
    .array(
      z.strictObject({
        trackingNumber: z.string().max(40).optional(),
        shown: z.boolean(),
        rows: z.array(PageRowSchema).max(READING_LIMITS.rows),
      }),
    )
    .max(READING_LIMITS.packages),
  numbers: z.array(z.string().max(40)).max(READING_LIMITS.numbers),
  titles: z.array(z.string().max(300)).max(READING_LIMITS.titles),
  thumbnail: z.string().max(READING_LIMITS.url).optional(),
  trackingLink: z.string().max(READING_LIMITS.url).optional(),
  statuses: z.array(PageText).max(READING_LIMITS.statuses),
}) satisfies z.ZodType<PageReading>;

export const MessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping') }),
  /** Start watching a parcel (panel toggle, popup "add by hand"). */
  z.object({ type: z.literal('watch'), parcel: PageParcelSchema }),
  z.object({ type: z.literal('unwatch'), trackingNumber: TrackingNumber }),
  /** Is this parcel watched? (panel toggle state) */
  z.object({ type: z.literal('is-watched'), trackingNumber: TrackingNumber }),
  /** A watched parcel's tracking page was opened: what the page shows updates the store for free. */
  z.object({ type: z.literal('page-update'), parcel: PageParcelSchema }),
  /** The panel's second pass: which of the detector's candidate texts are customs statuses, and their stage. */
  z.object({ type: z.literal('classify-texts'), lang: z.string().max(35), texts: z.array(PageText).max(500).min(1) }),
  /** What the panel read from the page, to be explained in the language `uiLang` (the panel's catalog). */
  z.object({ type: z.literal('explain-page'), reading: PageReadingSchema, uiLang: z.string().max(10) }),
  /** The order list's customs cards: what the trackers say now of the watched parcels of these orders. */
  z.object({
    type: z.literal('order-stages'),
    orderIds: z
      .array(z.string().regex(/^\d{6,20}$/))
      .min(1)
      .max(200),
  }),
  /** The buyer collapsed, expanded or dismissed the panel of one order: remembered per order id. */
  z.object({ type: z.literal('set-panel-state'), orderId: z.string().min(1).max(40), state: PanelStateSchema }),
  /** Check now: one parcel, or all when no number is given. */
  z.object({ type: z.literal('check-now'), trackingNumber: TrackingNumber.optional() }),
  /** Options page "test key". */
  z.object({ type: z.literal('test-key'), tracker: z.enum(TRACKER_IDS), apiKey: z.string().max(200) }),
  /** Undo of "stop watching": puts back the parcel exactly as it was. */
  z.object({ type: z.literal('restore-parcel'), parcel: ParcelInputSchema }),
  z.object({ type: z.literal('save-settings'), settings: SettingsInputSchema }),
  z.object({ type: z.literal('export-data') }),
  /** Import: preview first (what would be added or replaced), then apply the same data. */
  z.object({ type: z.literal('import-preview'), data: z.unknown() }),
  z.object({ type: z.literal('import-apply'), data: z.unknown() }),
  z.object({ type: z.literal('clear-data') }),
  /** The user saw the notice that a corrupted store was kept aside. */
  z.object({ type: z.literal('dismiss-notice') }),
]);
export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * One entry an import refuses. `parcel-invalid`: the parcel `entry` failed at `field` (its first
 * problem); `number-mismatch`: the entry's key is not its own tracking number; `setting-invalid`: the
 * setting `entry` had a value of the wrong kind and is kept as it was.
 */
export type ImportProblem = {
  kind: 'parcel-invalid' | 'number-mismatch' | 'setting-invalid';
  entry: string;
  field?: string;
};

/** One setting an import would change; API keys are reported as 'set' / 'empty', never their value. */
export type SettingChange = { path: string; from: string | number | boolean; to: string | number | boolean };
export type ImportSummary = {
  add: string[];
  replace: string[];
  settings: boolean;
  /** What the import refuses, as kinds with parameters: the options page words them in the user's language. */
  errors: ImportProblem[];
  /** Parcels in the file identical to the stored ones. */
  unchanged?: string[];
  settingsChanges?: SettingChange[];
};
export type CheckSummary = { checked: number; errors: string[] };

/** What each request answers. */
export interface Responses {
  ping: { version: string; storeVersion: number };
  watch: Parcel;
  unwatch: { removed: Parcel | null };
  'is-watched': boolean;
  'page-update': { updated: boolean };
  'classify-texts': Array<Stage | null>;
  'explain-page': Explanation;
  /** Per order id, only where a watched parcel's tracker news is what the badge should say. */
  'order-stages': Record<string, TrackerStage>;
  'set-panel-state': null;
  'check-now': CheckSummary;
  'test-key': { ok: boolean; message: string };
  'restore-parcel': Parcel;
  'save-settings': Settings;
  'export-data': Store;
  'import-preview': ImportSummary;
  'import-apply': ImportSummary;
  'clear-data': null;
  'dismiss-notice': null;
}

export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;
