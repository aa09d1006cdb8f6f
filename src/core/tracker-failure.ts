/**
 * The kinds of tracker failure, as the store keeps them on a parcel (`trackers[id].lastError`): a kind,
 * not a sentence, so the popup words it in whatever language the user reads at the time. Part of the
 * stored document's vocabulary, so it lives in core; the adapters (src/trackers) produce these kinds.
 */

export const FAILURE_KINDS = ['network', 'http', 'rate_limited', 'quota', 'auth', 'malformed', 'refused'] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

/**
 * A failure as stored on a parcel (`trackers[id].lastError`): its kind, not a sentence, so the popup
 * words it in whatever language the user reads at the time. Older stores hold sentences; they still show.
 */
export function storedFailure(kind: FailureKind): string {
  return `error:${kind}`;
}

export function storedFailureKind(stored: string): FailureKind | null {
  const kind = /^error:([a-z_]+)$/.exec(stored)?.[1];
  return (FAILURE_KINDS as readonly string[]).includes(kind ?? '') ? (kind as FailureKind) : null;
}
