/**
 * Single flight for checks: a lease with an expiry in storage.session. Two overlapping wake-ups in one
 * worker see each other's lease; a lease left by a worker the browser killed (another instance id) is
 * stale, and the job it describes is resumed by the next worker. storage.session outlives the worker
 * but not the browser, so a lease can never outlive a restart.
 */
import browser from 'webextension-polyfill';

export const LEASE_KEY = 'customsLens.checkLease';
export const LEASE_MS = 5 * 60_000;
/** Identifies this worker instance; a new instance means the previous one is gone. */
const INSTANCE = crypto.randomUUID();

export type Job = { numbers: string[] | null; manual: boolean };
type Lease = { owner: string; until: number; job: Job };

function isLease(value: unknown): value is Lease {
  const v = value as Lease | null;
  return typeof v?.owner === 'string' && typeof v.until === 'number' && typeof v.job === 'object' && v.job !== null;
}

async function read(): Promise<Lease | null> {
  const raw = (await browser.storage.session.get(LEASE_KEY))[LEASE_KEY];
  return isLease(raw) ? raw : null;
}

let chain: Promise<unknown> = Promise.resolve();
function serial<T>(step: () => Promise<T>): Promise<T> {
  const run = chain.then(step);
  chain = run.catch(() => undefined);
  return run;
}

/** True when this call now holds the lease for `job`. */
export function acquireLease(job: Job, now = Date.now()): Promise<boolean> {
  return serial(async () => {
    const lease = await read();
    if (lease && lease.owner === INSTANCE && lease.until > now) return false;
    await browser.storage.session.set({ [LEASE_KEY]: { owner: INSTANCE, until: now + LEASE_MS, job } });
    return true;
  });
}

export function renewLease(now = Date.now()): Promise<void> {
  return serial(async () => {
    const lease = await read();
    if (lease?.owner === INSTANCE)
      await browser.storage.session.set({ [LEASE_KEY]: { ...lease, until: now + LEASE_MS } });
  });
}

export function releaseLease(): Promise<void> {
  return serial(async () => {
    if ((await read())?.owner === INSTANCE) await browser.storage.session.remove(LEASE_KEY);
  });
}

export function holdsLease(): Promise<boolean> {
  return serial(async () => {
    const lease = await read();
    return lease?.owner === INSTANCE && lease.until > Date.now();
  });
}

/** At worker start: the job of a check that a killed worker left unfinished, if any (and drops its lease). */
export function takeStaleJob(): Promise<Job | null> {
  return serial(async () => {
    const lease = await read();
    if (!lease || lease.owner === INSTANCE) return null;
    await browser.storage.session.remove(LEASE_KEY);
    return lease.job;
  });
}
