/**
 * Stage from a tracker's event code: a Cainiao `actionCode` or a 17TRACK `sub_status`. Codes are more
 * reliable than wording, so classify-status asks here first.
 *
 * Returns a Stage for a customs code, `null` for a code known to be something else (warehouse, flight,
 * last mile), and `undefined` for a code we have never seen, so the caller falls back to the text and can
 * record the code for this map to grow. Only codes with public evidence are mapped (sources below).
 */
import type { Stage } from './stages.ts';

/**
 * Cainiao actionCodes (knowledge-2026.md CC1–CC3; enum transcription: index id 58984198091, real answers:
 * index ids 20427795406, 66657291209). Meanings from Alibaba's TOP API enum for
 * `aliexpress.logistics.redefining.querytrackingresult` (https://developer.alibaba.com/docs/api.htm?scopeId=12782&apiId=30120,
 * as transcribed in public client code) and from `standerdDesc` texts seen in public Cainiao integrations
 * (e.g. CC_HO_IN_SUCCESS "Arrived at customs", CC_HO_OUT_SUCCESS "Departed from customs").
 */
const CAINIAO: Readonly<Record<string, Stage | null>> = {
  CC_EX_START: 'export_clearance',
  CC_EX_SUCCESS: 'export_clearance',
  // Export clearance trouble is still the export step, not the buyer's customs.
  CC_EX_FAILURE: 'export_clearance',
  CC_HO_IN_SUCCESS: 'import_received',
  CC_HO_IN_FAILURE: 'delay',
  CC_IM_START: 'import_received',
  CC_IM_PROCESS: 'import_received',
  CC_IM_SUCCESS: 'released',
  CC_IM_FAILURE: 'delay',
  // CC_IM_EXCEPTION was mapped here once; it is in no transcription of the enum and was never seen in a
  // real answer (knowledge-2026.md CC2), so it is left unknown: the text decides and the code is recorded.
  CC_HO_OUT_SUCCESS: 'released',
  CC_HO_OUT_FAILURE: 'delay',
  // Customs declaration and review (the enum's import-customs group): submitted, passed, failed, and
  // "customs tax assessed" — duties are due, which the buyer usually has to pay before delivery.
  CUS_DECLARE: 'import_received',
  CUS_SUCCESS: 'released',
  CUS_FAILURE: 'delay',
  CUS_TAX: 'action_required',
  // Inspection and quarantine. A passed check is not yet a release; a failed one keeps the parcel under
  // inspection. The enum does not say the direction, so the text may say export (EITHER_DIRECTION).
  CIQ_SUCCESS: 'import_received',
  CIQ_FAILURE: 'inspection',
  // Clearance in a *transit* country on the way: never the buyer's customs, so not a hold to count.
  CC_TRANS_START: null,
  CC_TRANS_SUCCESS: null,
  CC_TRANS_FAILURE: null,
  // Returns: the parcel is going back, which for the buyer is the "returned" outcome.
  RT_INBOUND: 'returned',
  RETURNED: 'returned',
  RT_DESTROY: 'returned',
  RT_WH_DESTROY: 'returned',
  RT_OUTBOUND: 'returned',
  RT_HO_OUT: 'returned',
  RT_WH_HO_IN: 'returned',
  RT_WH_INBOUND: 'returned',
  RT_WH_OUTBOUND: 'returned',
  RT_WH_HO_OUT: 'returned',
  RT_TRANSWH_HO_IN: 'returned',
  RT_TRANSWH_INBOUND: 'returned',
  RT_TRANSWH_OUTBOUND: 'returned',
  RT_TMS_ACCEPT: 'returned',
  // Known non-customs steps.
  CONSIGN: null,
  OM_CONSIGN: null,
  PRE_READY_TO_SHIP: null,
  GTMS_ASN: null,
  GWMS_ACCEPT: null,
  GWMS_PICK: null,
  GWMS_PACKAGE: null,
  GWMS_OUTBOUND: null,
  GWMS_HANDOVER: null,
  WMS_CONFIRMED: null,
  CW_INBOUND: null,
  CW_OUTBOUND: null,
  CW_SIGN_IN_SUCCESS: null,
  PU_PICKUP_SUCCESS: null,
  PU_PRE_PICKUP_SUCCESS: null,
  PU_SIGN_IN_SUCCESS: null,
  SC_INBOUND_SUCCESS: null,
  SC_OUTBOUND_SUCCESS: null,
  SC_HO_OUT_SUCCESS: null,
  SC_ARRIVE: null,
  SC_DEPART: null,
  SC_TRANS_INBOUND_SUCCESS: null,
  SC_TRANS_OUTBOUND_SUCCESS: null,
  TD_TRANS_ARRIVE: null,
  TD_TRANS_DEPART: null,
  TD_TRANS_ARRIVE_C: null,
  TD_TRANS_DEPART_C: null,
  TD_TRANS_ARRIVE_DCP: null,
  TD_TRANSWH_OUTBOUND: null,
  LH_HO_IN_SUCCESS: null,
  LH_HO_AIRLINE: null,
  LH_DEPART: null,
  LH_ARRIVE: null,
  LH_HO_OUT_SUCCESS: null,
  LH_POST_COLLECTION: null,
  LH_BIGBAG_SHELVE: null,
  LH_OTHER: null,
  COMMON_INTRANSIT: null,
  OE_DEPART: null,
  GTMS_OE_DEPART: null,
  LAST_MILE_ASN_NOTIFY: null,
  LAST_MILE_HO_SUCCESS: null,
  SL_ACCEPT: null,
  GTMS_ACCEPT: null,
  GTMS_SC_ARRIVE: null,
  GTMS_SC_DEPART: null,
  GTMS_DO_ARRIVE: null,
  GTMS_DO_DEPART: null,
  GTMS_STATION_IN: null,
  GTMS_STATION_OUT: null,
  GTMS_DELIVERING: null,
  GTMS_RE_DELIVERING: null,
  GTMS_DEL_FAILURE: null,
  GTMS_RELABEL: null,
  GTMS_WAIT_SELF_PICK: null,
  // A pickup point signing for the parcel, not the buyer (reference trackers/README.md).
  GTMS_STA_SIGNED: null,
  GTMS_SIGNED: null,
  GTMS_OTHER: null,
  GTMS_FAILURE: null,
  GTMS_SC_ARRIVE_FAILURE: null,
  GTMS_SIGN_FAILURE: null,
  GSTA_INBOUND: null,
  GSTA_INFORM_BUYER: null,
  GSTA_SIGN: null,
  GSTA_BUYER_SIGN: null,
  SIGN: null,
  EXCEPTION: null,
  CUSTOMS_ARRIVED_IN_AREA_CALLBACK: null,
  TRANSIT_PORT_REROUTE_CALLBACK: null,
};

/**
 * 17TRACK API v2.2 sub-statuses (https://api.17track.net/en/doc, as enumerated by public clients). Its
 * customs sub-statuses cover import *and* export ("Import/Export customs clearance is completed"), so
 * classify-status lets the text say "export" over them.
 */
const SEVENTEEN_TRACK: Readonly<Record<string, Stage | null>> = {
  InTransit_CustomsProcessing: 'import_received',
  InTransit_CustomsReleased: 'released',
  InTransit_CustomsRequiringInformation: 'action_required',
  Exception_Returning: 'returned',
  Exception_Returned: 'returned',
  Exception_Rejected: 'returned',
  NotFound_Other: null,
  NotFound_InvalidCode: null,
  InfoReceived: null,
  InTransit_PickedUp: null,
  InTransit_Other: null,
  InTransit_Departure: null,
  InTransit_Arrival: null,
  InTransit_TransportArrived: null,
  InTransit_TransportDeparted: null,
  Expired_Other: null,
  AvailableForPickup_Other: null,
  OutForDelivery_Other: null,
  DeliveryFailure_Other: null,
  DeliveryFailure_NoBody: null,
  DeliveryFailure_Security: null,
  DeliveryFailure_Rejected: null,
  DeliveryFailure_InvalidAddress: null,
  Delivered_Other: null,
  Exception_Other: null,
  Exception_NoBody: null,
  Exception_Security: null,
  Exception_Damage: null,
  Exception_Delayed: null,
  Exception_Lost: null,
  Exception_Destroyed: null,
  Exception_Cancel: null,
};

/**
 * Known codes that say too little to overrule the text: catch-alls ("…_Other", "EXCEPTION", "Carrier
 * update" callbacks) and exceptions that may or may not be customs ("Exception_Security": "security,
 * customs clearance, or fee issues"). For these the wording decides.
 */
const VAGUE = new Set([
  'NotFound_Other',
  'InfoReceived',
  'InTransit_Other',
  'Expired_Other',
  'DeliveryFailure_Other',
  'DeliveryFailure_Security',
  'Exception_Other',
  'Exception_Security',
  'Exception_Delayed',
  'Exception_Destroyed',
  'EXCEPTION',
  'COMMON_INTRANSIT',
  'LH_OTHER',
  'GTMS_OTHER',
  'CUSTOMS_ARRIVED_IN_AREA_CALLBACK',
  'TRANSIT_PORT_REROUTE_CALLBACK',
  'WMS_CONFIRMED',
]);

/** Codes whose customs meaning may be either direction: 17TRACK's customs sub-statuses, Cainiao's CIQ. */
const EITHER_DIRECTION = new Set([
  'InTransit_CustomsProcessing',
  'InTransit_CustomsReleased',
  'CIQ_SUCCESS',
  'CIQ_FAILURE',
]);

function lookup(code: string): Stage | null | undefined {
  const trimmed = code.trim();
  if (Object.hasOwn(SEVENTEEN_TRACK, trimmed)) return SEVENTEEN_TRACK[trimmed];
  // Cainiao has been seen spelling codes in lower case or with spaces.
  const cainiao = trimmed.toUpperCase().replace(/\s+/g, '_');
  if (Object.hasOwn(CAINIAO, cainiao)) return CAINIAO[cainiao];
  return undefined;
}

/** Stage for a customs code, null for a known non-customs code, undefined for an unknown code. */
export function classifyCode(code: string): Stage | null | undefined {
  return lookup(code);
}

/** True when a known code is specific enough to overrule what the event's text says. */
export function isDecisiveCode(code: string): boolean {
  return lookup(code) !== undefined && !VAGUE.has(code.trim()) && !VAGUE.has(code.trim().toUpperCase());
}

/** True when the code's customs meaning may be export as well as import (17TRACK). */
export function isEitherDirectionCode(code: string): boolean {
  return EITHER_DIRECTION.has(code.trim()) || EITHER_DIRECTION.has(code.trim().toUpperCase().replace(/\s+/g, '_'));
}

/** Cainiao codes for clearance in a transit country: known, and never the buyer's own customs. */
export function isTransitClearanceCode(code: string): boolean {
  return /^CC_TRANS_/.test(code.trim().toUpperCase().replace(/\s+/g, '_'));
}
