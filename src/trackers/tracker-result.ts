/**
 * What every tracker adapter answers: per-number reports normalised to TrackingEvents, or a typed
 * failure of the whole request. Adapters never throw on a bad answer, so the check loop can back off,
 * record the error for the user and keep the parcel.
 */
import type { TrackingEvent } from '../core/events.ts';
import type { TrackerId } from '../core/schemas/store.ts';
import type { FailureKind } from '../core/tracker-failure.ts';

export type { FailureKind };

export type TrackerFailure = {
  kind: FailureKind;
  /** Technical detail for logs and tests; the user sees a localised text chosen by `kind`. */
  detail: string;
  status?: number;
  /** Seconds the service asked us to wait (HTTP Retry-After), when it said so. */
  retryAfter?: number;
};

export type ParcelReport = {
  trackingNumber: string;
  /** False when the service knows nothing about the number yet: not an error, just no news. */
  found: boolean;
  /** Newest first. */
  events: TrackingEvent[];
  /** The service's own status word (Cainiao `status`, 17TRACK `sub_status`, ParcelsApp `status`). */
  trackerStatus?: string;
  delivered?: boolean;
  lastMile?: { number: string; carrier?: string };
  destCountry?: string;
  /** A problem with this one number (e.g. 17TRACK rejected it); the rest of the batch is fine. */
  error?: TrackerFailure;
  /** 17TRACK: the number is now registered (so it is never registered, and charged, twice). */
  registered?: boolean;
};

export type BatchResult =
  | { ok: true; reports: ParcelReport[]; requests: number }
  | { ok: false; failure: TrackerFailure; requests: number };

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export type AdapterOptions = {
  apiKey?: string;
  fetch?: FetchLike;
  /** Waits between polls (ParcelsApp); injectable so unit tests don't wait. */
  sleep?: (ms: number) => Promise<void>;
  /** 17TRACK: numbers already registered. */
  registered?: ReadonlySet<string>;
  /** ISO country code per number, when known (ParcelsApp asks for the destination). */
  destCountries?: ReadonlyMap<string, string>;
};

export interface TrackerAdapter {
  id: TrackerId;
  /** Numbers per request, from the service's documented limit or the reference integration. */
  batchSize: number;
  check(numbers: readonly string[], options: AdapterOptions): Promise<BatchResult>;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
