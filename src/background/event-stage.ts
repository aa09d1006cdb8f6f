/**
 * Gives each tracking event its customs stage and whether it can only happen after customs, whatever
 * its source, using the knowledge core alone (codes first where there is evidence, wording otherwise),
 * so the page, the episode and the watcher can never disagree about what an event means. Codes the
 * core does not know are returned so they can be recorded (store.unknownCodes) and the maps can grow.
 */

import { classifyCode } from '../core/classify-code.ts';
import { isLastMileEvent } from '../core/classify-last-mile.ts';
import { classifyStatus } from '../core/classify-status.ts';
import type { StagedEvent } from '../core/detect-transition.ts';
import type { TrackingEvent } from '../core/events.ts';

export function stageEvent(event: TrackingEvent): StagedEvent & { unknownCode?: string } {
  const { code, text } = event;
  const stage = classifyStatus(text, code ? { code } : undefined);
  const unknownCode = code && classifyCode(code) === undefined ? code : undefined;
  const postCustoms = stage === null && isLastMileEvent(text, code);
  return { ...event, stage, postCustoms, ...(unknownCode && { unknownCode }) };
}
