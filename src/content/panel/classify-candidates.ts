/**
 * The second pass, in the panel module: the full classifier over the detector's candidates (texts that
 * passed core/customs-trigger.ts), remembered per text node so an SPA re-render classifies only what changed.
 */
import { classifyStatus } from '../../core/classify-status.ts';
import type { Stage } from '../../core/stages.ts';
import type { Candidate } from '../detector/find-status.ts';
import type { FoundStatus } from '../panel-api.ts';

let stages = new WeakMap<Text, { text: string; stage: Stage | null }>();
let stagesLang: string | undefined;

export function classifyCandidates(candidates: readonly Candidate[], lang: string): FoundStatus[] {
  if (lang !== stagesLang) {
    stages = new WeakMap();
    stagesLang = lang;
  }
  const found: FoundStatus[] = [];
  for (const candidate of candidates) {
    const known = stages.get(candidate.node);
    const stage = known?.text === candidate.text ? known.stage : classifyStatus(candidate.text, { lang });
    if (known?.text !== candidate.text) stages.set(candidate.node, { text: candidate.text, stage });
    if (stage) found.push({ ...candidate, stage });
  }
  return found;
}
