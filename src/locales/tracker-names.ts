/** Display names of the tracker services: brand names, the same in every language. */
import type { TrackerId } from '../core/schemas/store.ts';

export const TRACKER_NAMES: Record<TrackerId, string> = {
  cainiao: 'Cainiao',
  '17track': '17TRACK',
  parcelsapp: 'ParcelsApp',
};
