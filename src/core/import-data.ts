/**
 * The data file of "Export all data" / "Import a file": what export writes and how an import is
 * planned. Planning is pure and total: it says exactly what would be added, replaced or left as is,
 * which settings would change, and lists every entry it refuses (nothing is dropped silently). The
 * background applies the same plan it previewed.
 *
 * API keys: an export leaves them out unless the user asks for them; an import never erases a stored
 * key with an empty one (a file exported without keys must not cost the user their keys).
 */
import type { ImportProblem, ImportSummary, SettingChange } from './schemas/messages.ts';
import { parseStore } from './schemas/parse-store.ts';
import { ParcelSchema, type Settings, STORE_VERSION, type Store, TRACKER_IDS } from './schemas/store.ts';

export const EXPORT_APP = 'customs-lens';

export type ExportFile = Store & { app: typeof EXPORT_APP; exportedAt: string };

export function exportDocument(store: Store, options: { includeKeys: boolean; now: Date }): ExportFile {
  const copy = structuredClone(store);
  if (!options.includeKeys) for (const id of TRACKER_IDS) copy.settings.trackers[id].apiKey = '';
  return { app: EXPORT_APP, exportedAt: options.now.toISOString(), ...copy };
}

/** Why a file cannot be imported at all; the UI words each code for the user. */
export type ImportFailure = 'not-export' | 'newer-version' | 'unreadable';

export class ImportError extends Error {
  constructor(readonly code: ImportFailure) {
    super(`import:${code}`);
  }
}

export type ImportPlan = {
  summary: ImportSummary & { unchanged: string[]; settingsChanges: SettingChange[] };
  store: Store;
};

type Leaf = string | number | boolean;

function leaves(value: unknown, prefix = ''): Array<[string, Leaf]> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  }
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? [[prefix, value]] : [];
}

function at(value: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), value);
}

function setAt(target: Record<string, unknown>, path: string, value: Leaf): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  let node = target;
  for (const k of keys) node = node[k] as Record<string, unknown>;
  node[last] = value;
}

const isKeyPath = (path: string) => path.endsWith('.apiKey');
const shown = (path: string, value: Leaf): Leaf => (isKeyPath(path) ? (value ? 'set' : 'empty') : value);

/**
 * Settings after the import: each setting the file gives validly replaces the stored one; a missing
 * setting keeps the stored value; an invalid one keeps the stored value and is reported.
 */
function mergeSettings(current: Settings, raw: unknown, parsed: Settings, errors: ImportProblem[]) {
  const next = structuredClone(current) as unknown as Record<string, unknown>;
  const changes: SettingChange[] = [];
  for (const [path, value] of leaves(parsed)) {
    const given = at(raw, path);
    if (given === undefined) continue;
    if (given !== value) {
      errors.push({ kind: 'setting-invalid', entry: path });
      continue;
    }
    if (isKeyPath(path) && value === '') continue;
    const before = at(current, path) as Leaf;
    if (before !== value) {
      setAt(next, path, value);
      changes.push({ path, from: shown(path, before), to: shown(path, value) });
    }
  }
  return { settings: next as unknown as Settings, changes };
}

function whyRejected(key: string, value: unknown): ImportProblem {
  const result = ParcelSchema.safeParse(value);
  if (result.success) return { kind: 'number-mismatch', entry: key };
  const field = result.error.issues[0]?.path.join('.');
  return { kind: 'parcel-invalid', entry: key, ...(field && { field }) };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function planImport(current: Store, data: unknown): ImportPlan {
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new ImportError('not-export');
  const doc = data as Record<string, unknown>;
  const looksExported =
    doc.app === EXPORT_APP ||
    (typeof doc.version === 'number' && (typeof doc.parcels === 'object' || typeof doc.settings === 'object'));
  if (!looksExported) throw new ImportError('not-export');
  if (typeof doc.version === 'number' && doc.version > STORE_VERSION) throw new ImportError('newer-version');
  const hasSettings = doc.settings !== undefined;
  // The store forgives a broken settings value (keeping the parcels); a file offering one is not an export.
  if (hasSettings && (typeof doc.settings !== 'object' || doc.settings === null || Array.isArray(doc.settings))) {
    throw new ImportError('unreadable');
  }
  const { app: _app, exportedAt: _at, ...rest } = doc;
  const parsed = parseStore({ settings: {}, parcels: {}, ...rest });
  if (parsed.status === 'corrupt') throw new ImportError('unreadable');

  const errors = Object.entries(parsed.rejected).map(([key, value]) => whyRejected(key, value));
  const merged = hasSettings
    ? mergeSettings(current.settings, doc.settings, parsed.store.settings, errors)
    : { settings: current.settings, changes: [] };
  const { settings } = merged;
  // A service that needs a key never ends up on without one, whoever calls this (exports leave keys out).
  const held = TRACKER_IDS.filter(
    (id) => id !== 'cainiao' && settings.trackers[id].enabled && !settings.trackers[id].apiKey.trim(),
  );
  for (const id of held) settings.trackers[id].enabled = false;
  const changes = merged.changes.filter((c) => !held.some((id) => c.path === `trackers.${id}.enabled`));

  const add: string[] = [];
  const replace: string[] = [];
  const unchanged: string[] = [];
  for (const [key, parcel] of Object.entries(parsed.store.parcels)) {
    const stored = current.parcels[key];
    if (!stored) add.push(key);
    else if (same(stored, parcel)) unchanged.push(key);
    else replace.push(key);
  }
  const store: Store = {
    ...current,
    settings,
    parcels: { ...current.parcels, ...parsed.store.parcels },
    panels: { ...current.panels, ...parsed.store.panels },
    unknownCodes: [...new Set([...current.unknownCodes, ...parsed.store.unknownCodes])].slice(-100),
  };
  return {
    summary: { add, replace, unchanged, settings: changes.length > 0, settingsChanges: changes, errors },
    store,
  };
}
