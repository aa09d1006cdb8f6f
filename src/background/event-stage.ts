/**
 * Gives each tracking event its customs stage and whether it can only happen after customs, whatever
 * its source: a tracker's own code first where we have evidence for it (Cainiao actionCode, 17TRACK
 * sub_status), the shared text classifier otherwise. Codes nobody knows are returned so they can be
 * recorded (store.unknownCodes) and the maps can grow.
 */
import { classifyCode } from '../core/classify-code.ts';
import { classifyStatus } from '../core/classify-status.ts';
import type { StagedEvent } from '../core/detect-transition.ts';
import type { TrackingEvent } from '../core/events.ts';
import type { Stage } from '../core/stages.ts';
import { CAINIAO_CODE_STAGES, CAINIAO_POST_CUSTOMS_CODES } from '../trackers/cainiao.ts';
import { SEVENTEEN_POST_CUSTOMS_STATUSES, SEVENTEEN_SUB_STATUS_STAGES } from '../trackers/seventeen-track.ts';

/** Last-mile wording in English (trackers are asked in English); pages in other languages use codes/stages. */
const POST_CUSTOMS_TEXT =
  /out for delivery|\bdelivered\b|received by (the )?local (delivery|carrier|post)|handed (over )?to (the )?(local|last[- ]mile|delivery)|available for (pick ?up|collection)|arrived at (the )?(pick ?up|parcel) (point|locker)/i;
const NOT_DELIVERED = /undelivered|not delivered|delivery (failed|attempt)/i;

export function stageEvent(event: TrackingEvent): StagedEvent & { unknownCode?: string } {
  const code = event.code;
  let stage: Stage | null | undefined;
  let postCustoms = false;
  let unknownCode: string | undefined;
  if (code && event.source === '17track') {
    // 17TRACK's customs sub-status is generic; the carrier's own words are often more precise.
    stage = classifyStatus(event.text, { lang: 'en', code }) ?? SEVENTEEN_SUB_STATUS_STAGES[code] ?? null;
    postCustoms = SEVENTEEN_POST_CUSTOMS_STATUSES.has(code.split('_')[0] ?? code);
  } else if (code && (event.source === 'cainiao' || /^[A-Z]+(_[A-Z]+)+$/.test(code))) {
    // The knowledge core's table first (it grows), the adapter's evidence list second.
    const fromCore = classifyCode(code);
    const known = fromCore !== undefined ? fromCore : CAINIAO_CODE_STAGES[code];
    if (known === undefined) unknownCode = code;
    stage = known ?? classifyStatus(event.text, { code });
    postCustoms = CAINIAO_POST_CUSTOMS_CODES.has(code);
  } else {
    stage = classifyStatus(event.text, code ? { code } : {});
  }
  if (!postCustoms && stage === null)
    postCustoms = POST_CUSTOMS_TEXT.test(event.text) && !NOT_DELIVERED.test(event.text);
  return { ...event, stage: stage ?? null, postCustoms, ...(unknownCode && { unknownCode }) };
}
