/**
 * Reading the stored document: migrate old versions forward, then validate. Pure, so the background,
 * popup and options read it the same way and tests can feed it anything.
 */
import { MIGRATIONS } from './migrations.ts';
import { defaultStore, ParcelSchema, STORE_VERSION, type Store, StoreSchema } from './store.ts';

/**
 * `rejected` holds parcels that failed validation (or were repaired), exactly as stored: the caller
 * keeps them aside and tells the user instead of dropping them.
 */
export type ParsedStore = {
  store: Store;
  status: 'ok' | 'empty' | 'migrated' | 'corrupt';
  rejected: Record<string, unknown>;
};

/** The key under `rejected` of a `parcels` field that was not an object at all. */
export const UNREADABLE_PARCELS = '(parcels)';

function damagedNotified(value: unknown): boolean {
  const notified = (value as { notified?: unknown }).notified;
  return notified !== undefined && (!Array.isArray(notified) || notified.some((key) => typeof key !== 'string'));
}

export function parseStore(raw: unknown): ParsedStore {
  const rejected: Record<string, unknown> = {};
  const corrupt: ParsedStore = { store: defaultStore(), status: 'corrupt', rejected };
  if (raw === undefined || raw === null) return { store: defaultStore(), status: 'empty', rejected };
  if (typeof raw !== 'object' || Array.isArray(raw)) return corrupt;
  let doc = raw as Record<string, unknown>;
  let version = typeof doc.version === 'number' ? doc.version : 0;
  if (version > STORE_VERSION || !Number.isInteger(version)) return corrupt;
  const migrated = version < STORE_VERSION;
  while (version < STORE_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return corrupt;
    doc = step(doc);
    version += 1;
  }
  const parcels: Record<string, unknown> = {};
  const readable = doc.parcels && typeof doc.parcels === 'object' && !Array.isArray(doc.parcels);
  const rawParcels = readable ? (doc.parcels as Record<string, unknown>) : {};
  // A parcel list that is not a list at all is kept aside whole (the next write would drop it).
  if (!readable && doc.parcels !== undefined) rejected[UNREADABLE_PARCELS] = doc.parcels;
  for (const [key, value] of Object.entries(rawParcels)) {
    const parcel = ParcelSchema.safeParse(value);
    if (parcel.success && parcel.data.trackingNumber === key) {
      parcels[key] = parcel.data;
      // A damaged list of news already told is repaired as empty (news comes only from a change between
      // two looks, so nothing is told again) and the damaged copy is kept aside like any other.
      if (damagedNotified(value)) rejected[key] = value;
    } else rejected[key] = value;
  }
  const result = StoreSchema.safeParse({ ...doc, parcels });
  if (!result.success) return corrupt;
  return { store: result.data, status: migrated ? 'migrated' : 'ok', rejected };
}
