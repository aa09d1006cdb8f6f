/**
 * The alarm that drives background checks. There is one alarm, set for the earliest moment any tracker
 * has work (per-parcel `nextCheck`, already jittered, or a tracker's Retry-After pause); after every run
 * and every change of the watched parcels or settings it is set again from storage, so a killed worker
 * or a restarted browser picks up exactly where the stored state says.
 */
import browser, { type Alarms } from 'webextension-polyfill';
import { trackersWithAccess } from '../platform/permissions.ts';
import { updateBadge } from './badge.ts';
import { isOffline, type RunOutcome, runCheck } from './check-parcels.ts';
import { holdsLease, type Job, takeStaleJob } from './lease.ts';
import { flushOutbox } from './notifications.ts';
import { earliestWork } from './schedule-policy.ts';
import { readStore } from './store.ts';
import { readBlocks } from './tracker-blocks.ts';

export const CHECK_ALARM = 'customs-lens-check';
/** Never set the alarm closer than this: a burst of store writes must not turn into a burst of checks. */
const MIN_DELAY_MS = 1000;
/** While the browser is offline the alarm only looks for the network again, this often (no request). */
export const OFFLINE_RETRY_MS = 5 * 60_000;

export async function reschedule(now = Date.now()): Promise<number | undefined> {
  const store = await readStore();
  const at = earliestWork(
    Object.values(store.parcels),
    store.settings,
    await readBlocks(),
    now,
    await trackersWithAccess(),
  );
  if (at === undefined) {
    await browser.alarms.clear(CHECK_ALARM);
    return undefined;
  }
  const when = Math.max(at, now + (isOffline() ? OFFLINE_RETRY_MS : MIN_DELAY_MS));
  const existing = await browser.alarms.get(CHECK_ALARM);
  // Re-creating an alarm at the same time would only churn; a small drift is fine.
  if (!existing || Math.abs(existing.scheduledTime - when) > MIN_DELAY_MS) {
    await browser.alarms.create(CHECK_ALARM, { when });
  }
  return when;
}

/** Runs a job, then sets the next alarm whatever happened. */
export async function runAndReschedule(job: Job): Promise<RunOutcome> {
  try {
    return await runCheck(job);
  } finally {
    await reschedule();
  }
}

export function onAlarm(alarm: Alarms.Alarm): Promise<unknown> | undefined {
  if (alarm.name !== CHECK_ALARM) return undefined;
  return runAndReschedule({ numbers: null, manual: false });
}

let pendingReschedule: Promise<unknown> | null = null;

/** After a change by anyone (watch, unwatch, settings, import): badge and alarm follow the store. */
export function onStoreChanged(): void {
  void readStore().then(updateBadge, () => undefined);
  if (pendingReschedule) return;
  pendingReschedule = holdsLease()
    .then((running) => (running ? undefined : reschedule()))
    .catch((error) => console.warn('Customs Lens: reschedule failed', error))
    .finally(() => {
      pendingReschedule = null;
    });
}

/** At every worker start: show queued news, finish a check a killed worker left, set the alarm. */
export async function resume(): Promise<void> {
  await flushOutbox();
  const job = await takeStaleJob();
  if (job) await runAndReschedule(job);
  else await reschedule();
  await updateBadge(await readStore());
}
