/**
 * The trackers whose hosts the browser lets us reach, kept current while a page is open (the user may
 * grant or take back access in the browser's extension settings at any time). `null` until known.
 */
import { useEffect, useState } from 'preact/hooks';
import type { TrackerId } from '../core/schemas/store.ts';
import { onAccessChanged, trackersWithAccess } from '../platform/permissions.ts';

export function useTrackerAccess(): { access: ReadonlySet<TrackerId> | null; refresh: () => void } {
  const [access, setAccess] = useState<ReadonlySet<TrackerId> | null>(null);
  const refresh = () => {
    trackersWithAccess().then(setAccess, () => undefined);
  };
  useEffect(() => {
    refresh();
    return onAccessChanged(refresh);
  }, []);
  return { access, refresh };
}
