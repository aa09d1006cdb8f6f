/** TEMPORARY lead placeholder — the knowledge-core helper replaces this whole file. */
import type { Stage } from './stages.ts';

const RULES: Array<[RegExp, Stage]> = [
  [/inspecting|held by customs/i, 'inspection'],
  [/customs clearance delay|clearance exception/i, 'delay'],
  [/import customs clearance started|arrived at customs/i, 'import_received'],
];

export function classifyStatus(text: string, _opts?: { lang?: string; code?: string }): Stage | null {
  for (const [re, stage] of RULES) if (re.test(text)) return stage;
  return null;
}
