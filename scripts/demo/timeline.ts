/**
 * The demo parcel and its story, in one place so the demo page and the Cainiao stand-in tell the same
 * events at the same minutes (the extension merges what the page shows with what the tracker says, by
 * minute and words). Times are relative to the start of the demo; the page prints them in the
 * viewer's zone with its offset, as the real tracking page does.
 */

export const DEMO_ORDER = '8180000000000042';
export const DEMO_NUMBER = 'LP00123456789012';
export const DEMO_TITLE = 'Wireless earbuds with charging case, Bluetooth 5.3';
export const DEMO_URL = `https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=${DEMO_ORDER}`;
/** Correos' own number for the last mile, as Cainiao reports it once the parcel is handed over. */
export const LAST_MILE = { number: 'PQ4F2C0712345670128001K', carrier: 'Correos' };

export type DemoEvent = { at: number; text: string; place?: string; code: string };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** What happened before the demo started: the parcel has been at Spanish customs for six days. */
export function pastEvents(start: number): DemoEvent[] {
  const at = (days: number, hours: number, minutes: number) =>
    Math.floor(start / DAY) * DAY - days * DAY + hours * HOUR + minutes * MINUTE;
  return [
    { at: at(1, 7, 20), text: "Customs update: We're inspecting your order", place: 'Madrid', code: '' },
    { at: at(3, 14, 3), text: 'Imports customs clearance delay', place: 'Madrid', code: '' },
    { at: at(6, 0, 5), text: 'Import customs clearance started', place: 'Madrid', code: 'CC_IM_START' },
    { at: at(7, 22, 10), text: 'Arrived at destination country/region', code: 'LH_ARRIVE' },
    { at: at(10, 11, 30), text: 'Departed from departure country/region', place: 'Shenzhen', code: 'LH_DEPART' },
    { at: at(12, 16, 45), text: 'Export customs clearance started', place: 'Shenzhen', code: 'CC_EX_START' },
    { at: at(14, 10, 0), text: 'Accepted by carrier', place: 'Shenzhen', code: 'GWMS_ACCEPT' },
  ];
}

/** What happens during the demo, at the moment the stand-in moves the parcel on (newest first). */
export function releaseEvents(movedAt: number): DemoEvent[] {
  // Whole minutes, never later than the move: an answer never holds an event from the future.
  const minute = Math.floor(movedAt / MINUTE) * MINUTE;
  return [
    { at: minute, text: 'Received by local delivery company', place: 'Madrid', code: 'GTMS_ACCEPT' },
    { at: minute - MINUTE, text: 'Import customs clearance complete', place: 'Madrid', code: 'CC_IM_SUCCESS' },
  ];
}
