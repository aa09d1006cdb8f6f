/**
 * Is this event the parcel moving on *after* customs — handed to the local carrier, out for delivery,
 * at a pickup point, delivered? The customs episode needs it to tell "left customs without a release
 * event" from "a carrier note while customs still holds it".
 */
import { normalizeStatusText } from './normalize-text.ts';

/** Cainiao last-mile codes and 17TRACK statuses that only exist once the parcel is past customs. */
const LAST_MILE_CODE =
  /^(?:GTMS_|GSTA_|LAST_MILE_|SL_ACCEPT$|SIGN$|OutForDelivery|AvailableForPickup|Delivered|DeliveryFailure)/;

// Words for the local leg in the UI languages (and English, which Cainiao and 17TRACK use everywhere).
const LAST_MILE_TEXT = new RegExp(
  [
    // en
    '\\bdelivered\\b',
    '\\bout for delivery\\b',
    '\\b(?:local|last mile|domestic) (?:delivery )?(?:carrier|company|courier|post|partner)\\b',
    '\\bdelivery (?:company|partner|attempt)\\b',
    // AliExpress: "Arrived at local delivery center", "Your package will soon be handed over to the domestic courier company".
    '\\blocal delivery cent(?:er|re)\\b',
    '\\b(?:pick ?up|collection) point\\b',
    '\\bavailable for (?:pick ?up|collection)\\b',
    '\\bready for (?:pick ?up|collection)\\b',
    '\\bsigned (?:for|by)\\b',
    '\\bparcel locker\\b',
    // es
    '\\bentregad[oa]\\b',
    '\\ben reparto\\b',
    '\\bpunto de recogida\\b',
    '\\b(?:empresa|operador) (?:de reparto )?local\\b',
    // fr
    '\\blivre(?:e)?\\b',
    '\\ben cours de livraison\\b',
    '\\bpoint relais\\b',
    // de
    '\\bzugestellt\\b',
    '\\bin zustellung\\b',
    '\\bpackstation\\b',
    '\\bzustellbasis\\b',
    // pt
    '\\bsaiu para entrega\\b',
    '\\bentregue\\b',
    '\\baguardando retirada\\b',
    // es (Correos): "Alta en la unidad de reparto", "En proceso de entrega"
    '\\bunidad de reparto\\b',
    '\\ben proceso de entrega\\b',
    // pl
    '\\bdoreczon',
    '\\bw doreczeniu\\b',
    '\\bparcelomat',
    // ko, ja (AliExpress Korean title "배송 완료"; Japan Post "お届け済み", "持ち出し中")
    '배송 ?완료',
    'お届け済み',
    '持ち出し中',
    // he
    'נמסר',
    'בדרך לנמען',
    'נקודת איסוף',
  ].join('|'),
  'u',
);

/** True when the event means the parcel is in the destination's delivery network, past customs. */
export function isLastMileEvent(text: string, code?: string): boolean {
  if (code && LAST_MILE_CODE.test(code.trim())) return true;
  return LAST_MILE_TEXT.test(normalizeStatusText(text));
}
