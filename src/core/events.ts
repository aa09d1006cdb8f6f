/**
 * The normalised tracking event every source (page, Cainiao, 17TRACK, ParcelsApp) is turned into, so
 * that classification and the customs episode never depend on where an event came from.
 */
import { z } from 'zod';

export const TrackingEventSchema = z.object({
  /** ISO 8601; may lack a zone when the source gave none (then read as the destination's local time). */
  time: z.string().max(40).optional(),
  text: z.string().max(2000),
  location: z.string().max(300).optional(),
  /** Source-specific code: a Cainiao actionCode or a 17TRACK sub_status. */
  code: z.string().max(100).optional(),
  source: z.enum(['page', 'cainiao', '17track', 'parcelsapp', 'manual']).optional(),
});

export type TrackingEvent = z.infer<typeof TrackingEventSchema>;
