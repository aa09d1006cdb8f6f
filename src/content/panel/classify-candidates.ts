/**
 * The second pass: the full classifier, in the background (its phrase tables stay out of the page), over
 * the detector's candidates (texts that passed core/customs-trigger.ts). Answers are remembered per text
 * node, so an SPA re-render asks only about what changed.
 */
import type { Stage } from '../../core/stages.ts';
import type { Candidate } from '../detector/find-status.ts';
import type { FoundStatus } from '../panel-api.ts';
import { askBackground } from './ask-background.ts';

/** Texts per message (the message schema's bound). */
const CLASSIFY_BATCH = 500;

let stages = new WeakMap<Text, { text: string; stage: Stage | null }>();
let stagesLang: string | undefined;

export async function classifyCandidates(candidates: readonly Candidate[], lang: string): Promise<FoundStatus[]> {
  if (lang !== stagesLang) {
    stages = new WeakMap();
    stagesLang = lang;
  }
  const unknown = candidates.filter((c) => stages.get(c.node)?.text !== c.text);
  if (unknown.length) {
    const texts = [...new Set(unknown.map((c) => c.text))];
    const byText = new Map<string, Stage | null>();
    // A long order list can hold more candidates than one message carries.
    for (let at = 0; at < texts.length; at += CLASSIFY_BATCH) {
      const batch = texts.slice(at, at + CLASSIFY_BATCH);
      const answers = await askBackground('classify-texts', { lang, texts: batch });
      for (const [i, text] of batch.entries()) byText.set(text, answers[i] ?? null);
    }
    for (const c of unknown) stages.set(c.node, { text: c.text, stage: byText.get(c.text) ?? null });
  }
  const found: FoundStatus[] = [];
  for (const candidate of candidates) {
    const stage = stages.get(candidate.node)?.stage;
    if (stage) found.push({ ...candidate, stage });
  }
  return found;
}
