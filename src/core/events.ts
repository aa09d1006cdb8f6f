/**
 * The normalised tracking event every source (page, Cainiao, 17TRACK, ParcelsApp) is turned into, so
 * that classification and the customs episode never depend on where an event came from.
 */
import { z } from 'zod';

export const EVENT_SOURCES = ['page', 'cainiao', '17track', 'parcelsapp', 'manual'] as const;
export type EventSource = (typeof EVENT_SOURCES)[number];

export const TrackingEventSchema = z.object({
  /** ISO 8601, with the source's offset where it gave one (read by core/event-time.ts only). */
  time: z.string().max(40).optional(),
  text: z.string().max(2000),
  location: z.string().max(300).optional(),
  /** Source-specific code: a Cainiao actionCode or a 17TRACK sub_status. */
  code: z.string().max(100).optional(),
  source: z.enum(EVENT_SOURCES).optional(),
});

export type TrackingEvent = z.infer<typeof TrackingEventSchema>;
