/**
 * One check run: for each enabled tracker in turn, the due parcels in batches, one request per batch,
 * one batch after another with a pause between them — never a parallel fan-out. Each batch's answer is
 * folded into the store in one write (events, stage, per-tracker state, news in the outbox), so a worker
 * killed between batches loses nothing and redoes at most the batch it was waiting for.
 */
import browser from 'webextension-polyfill';
import type { CheckSummary } from '../core/schemas/messages.ts';
import type { Parcel, Store, TrackerId, TrackerState } from '../core/schemas/store.ts';
import { storedFailure } from '../core/tracker-failure.ts';
import { trackersNeedingAccess } from '../core/tracker-hosts.ts';
import type { MessageKey } from '../locales/index.ts';
import { localeFor } from '../locales/locale-for.ts';
import { TRACKER_NAMES } from '../locales/tracker-names.ts';
import { trackersWithAccess } from '../platform/permissions.ts';
import { cainiao } from '../trackers/cainiao.ts';
import { parcelsApp } from '../trackers/parcelsapp.ts';
import { seventeenTrack } from '../trackers/seventeen-track.ts';
import { type BatchResult, sleep, type TrackerAdapter, type TrackerFailure } from '../trackers/tracker-result.ts';
import { acquireLease, type Job, releaseLease, renewLease } from './lease.ts';
import { enqueue, flushOutbox } from './notifications.ts';
import { applyEvents, type PendingNotification } from './parcel-update.ts';
import {
  type Blocks,
  blocksTracker,
  isBlocked,
  isDue,
  nextAfterSuccess,
  retryDelayMs,
  SPACING_MS,
  usableTrackers,
} from './schedule-policy.ts';
import { readStore, updateStore } from './store.ts';
import { BLOCKS_KEY, readBlocks } from './tracker-blocks.ts';

export const ADAPTERS: Record<TrackerId, TrackerAdapter> = {
  cainiao,
  '17track': seventeenTrack,
  parcelsapp: parcelsApp,
};

/** Requests per tracker in the last run, for the benchmark and the logs. */
export type RunStats = { requests: Record<TrackerId, number>; batches: Record<TrackerId, number>; ms: number };

function localeOf(store: Store) {
  let tag: string | undefined;
  try {
    tag = browser.i18n.getUILanguage();
  } catch {
    tag = undefined;
  }
  return localeFor(store.settings.uiLanguage, tag);
}

function translator(store: Store) {
  return localeOf(store).t;
}

/** "Cainiao is paused until 14:30 …": why a manual check asked nothing of a service, and when it will. */
export function pausedText(store: Store, tracker: TrackerId, until: string): string {
  const { t, lang } = localeOf(store);
  const at = Date.parse(until);
  const sameDay = new Date(at).toDateString() === new Date().toDateString();
  const time = new Intl.DateTimeFormat(lang.replace('_', '-'), {
    ...(sameDay ? {} : { dateStyle: 'short' as const }),
    timeStyle: 'short',
  }).format(at);
  return t('notifications_tracker_paused', { tracker: TRACKER_NAMES[tracker], time });
}

/** "17TRACK was not asked: it needs your permission…": a manual check names a tracker it may not reach. */
export function needsAccessText(store: Store, tracker: TrackerId): string {
  return translator(store)('notifications_tracker_needs_access', { tracker: TRACKER_NAMES[tracker] });
}

export function failureText(store: Store, tracker: TrackerId, failure: TrackerFailure): string {
  return translator(store)(`notifications_error_${failure.kind}` as MessageKey, { tracker: TRACKER_NAMES[tracker] });
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function fail(state: TrackerState, tracker: TrackerId, failure: TrackerFailure, now: number) {
  state.failures = (state.failures ?? 0) + 1;
  state.lastError = storedFailure(failure.kind);
  state.nextCheck = new Date(now + retryDelayMs(failure, state.failures, tracker)).toISOString();
}

/** Folds one batch answer into the store (mutated); returns the news to show. */
export function applyBatch(
  store: Store,
  blocks: Blocks,
  tracker: TrackerId,
  numbers: readonly string[],
  result: BatchResult,
  now: number,
): PendingNotification[] {
  const pending: PendingNotification[] = [];
  const nowIso = new Date(now).toISOString();
  for (const number of numbers) {
    const parcel: Parcel | undefined = store.parcels[number];
    if (!parcel) continue; // unwatched while we were asking
    const state: TrackerState = { failures: 0, ...parcel.trackers[tracker] };
    state.lastCheck = nowIso;
    const report = result.ok ? result.reports.find((r) => r.trackingNumber === number) : undefined;
    if (!result.ok) fail(state, tracker, result.failure, now);
    else if (report?.error) {
      fail(state, tracker, report.error, now);
      if (report.registered !== undefined) state.registered = report.registered;
    } else {
      state.failures = 0;
      delete state.lastError;
      if (report?.registered !== undefined) state.registered = report.registered;
      pending.push(
        ...applyEvents(store, parcel, report?.events ?? [], {
          now: new Date(now),
          source: tracker,
          delivered: report?.delivered ?? false,
        }),
      );
      if (report?.lastMile && !parcel.lastMile) parcel.lastMile = report.lastMile;
      if (report?.destCountry && !parcel.destCountry) parcel.destCountry = report.destCountry;
      const next = nextAfterSuccess(parcel, store.settings, tracker, now);
      if (next) state.nextCheck = next;
      else delete state.nextCheck;
    }
    parcel.trackers = { ...parcel.trackers, [tracker]: state };
  }
  if (!result.ok && blocksTracker(result.failure)) {
    blocks[tracker] = new Date(now + retryDelayMs(result.failure, 1, tracker)).toISOString();
  }
  return pending;
}

export type RunOutcome = CheckSummary & { stats: RunStats; busy?: boolean; offline?: boolean };

/**
 * Offline is not a tracker's failure: a night without network must not push every parcel into back-off.
 * The run stops before asking, records nothing, and the scheduler looks again a little later.
 */
export function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/** Runs `job` unless another check holds the lease. Never throws for a tracker's sake. */
export async function runCheck(job: Job): Promise<RunOutcome> {
  const started = Date.now();
  const stats: RunStats = {
    requests: { cainiao: 0, '17track': 0, parcelsapp: 0 },
    batches: { cainiao: 0, '17track': 0, parcelsapp: 0 },
    ms: 0,
  };
  if (!(await acquireLease(job))) {
    const store = await readStore();
    return { checked: 0, errors: [translator(store)('notifications_check_busy')], stats, busy: true };
  }
  const checked = new Set<string>();
  const errors = new Set<string>();
  let offline = false;
  try {
    const store = await readStore();
    const blocks = await readBlocks();
    const now = Date.now();
    const wanted = job.numbers ? new Set(job.numbers) : null;
    // A tracker turned on without its host permission is skipped before any request: not a failure, no
    // back-off (the popup and options say it needs permission; a manual check says it here).
    const access = await trackersWithAccess();
    if (job.manual)
      for (const tracker of trackersNeedingAccess(store.settings, access)) {
        errors.add(needsAccessText(store, tracker));
      }
    for (const tracker of usableTrackers(store.settings, access)) {
      if (isBlocked(blocks, tracker, now)) {
        // A manual check says why it asked nothing of this service, and when it will again.
        const until = blocks[tracker];
        if (job.manual && until) errors.add(pausedText(store, tracker, until));
        continue;
      }
      const adapter = ADAPTERS[tracker];
      const due = Object.values(store.parcels).filter(
        (p) => (!wanted || wanted.has(p.trackingNumber)) && isDue(p, tracker, now, job.manual),
      );
      const batches = chunk(due, adapter.batchSize);
      for (const [i, batch] of batches.entries()) {
        if (i > 0) await sleep(SPACING_MS[tracker]);
        if (isOffline()) {
          offline = true;
          break;
        }
        await renewLease();
        const numbers = batch.map((p) => p.trackingNumber);
        const result = await adapter.check(numbers, {
          apiKey: store.settings.trackers[tracker].apiKey.trim(),
          registered: new Set(batch.filter((p) => p.trackers[tracker]?.registered).map((p) => p.trackingNumber)),
          destCountries: new Map(batch.flatMap((p) => (p.destCountry ? [[p.trackingNumber, p.destCountry]] : []))),
        });
        stats.requests[tracker] += result.requests;
        stats.batches[tracker] += 1;
        await updateStore(async (fresh, also) => {
          const freshBlocks = await readBlocks();
          const pending = applyBatch(fresh, freshBlocks, tracker, numbers, result, Date.now());
          also[BLOCKS_KEY] = freshBlocks;
          await enqueue(also, pending);
          if (!result.ok) errors.add(failureText(fresh, tracker, result.failure));
          else {
            for (const r of result.reports) {
              if (r.error) errors.add(failureText(fresh, tracker, r.error));
              else checked.add(r.trackingNumber);
            }
          }
        });
        await flushOutbox();
        if (!result.ok && blocksTracker(result.failure)) break;
      }
    }
  } finally {
    await releaseLease();
  }
  stats.ms = Date.now() - started;
  if (offline) {
    const store = await readStore();
    errors.add(translator(store)('notifications_offline'));
    return { checked: checked.size, errors: [...errors], stats, offline };
  }
  return { checked: checked.size, errors: [...errors], stats };
}
