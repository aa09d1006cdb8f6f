/**
 * How well the status classifier does on real-world texts: accuracy per language and per stage, every
 * miss, and the time to classify 10,000 mixed strings.
 *
 *   npm run eval:statuses [-- extra.tsv …]
 *   node --experimental-strip-types scripts/eval-statuses.ts [extra.tsv …]   (Node 22.6+)
 *
 * Always reads the shared reference status-strings.tsv (../shared/reference/ when it sits next to the
 * repository, else the copy in src/core/fixtures/reference/) and src/core/fixtures/status-strings-extra.tsv;
 * extra TSVs (columns: text, lang, stage[, source]; `none` for not-customs) are added. Exits 1 on a miss.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyStatus } from '../src/core/classify-status.ts';
import { parseStatusTsv, type StatusRow } from '../src/core/fixtures/read-status-tsv.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const shared = resolve(here, '../../shared/reference/status-strings.tsv');
const files = [
  existsSync(shared) ? shared : resolve(here, '../src/core/fixtures/reference/status-strings.tsv'),
  resolve(here, '../src/core/fixtures/status-strings-extra.tsv'),
  ...process.argv.slice(2).map((p) => resolve(process.cwd(), p)),
];

type Tally = { right: number; total: number };
const tally = (map: Map<string, Tally>, key: string, ok: boolean) => {
  const t = map.get(key) ?? { right: 0, total: 0 };
  t.total++;
  if (ok) t.right++;
  map.set(key, t);
};
const pct = (t: Tally) => `${((100 * t.right) / t.total).toFixed(1).padStart(5)}%  ${t.right}/${t.total}`;

const rows: Array<StatusRow & { file: string }> = files.flatMap((file) =>
  parseStatusTsv(readFileSync(file, 'utf8')).map((row) => ({ ...row, file })),
);
const byLang = new Map<string, Tally>();
const byStage = new Map<string, Tally>();
const misses: string[] = [];
for (const row of rows) {
  const got = classifyStatus(row.text, { lang: row.lang });
  const ok = got === row.stage;
  tally(byLang, row.lang || '?', ok);
  tally(byStage, row.stage ?? 'none', ok);
  if (!ok)
    misses.push(
      `  ${row.file}:${row.line} [${row.lang}] ${JSON.stringify(row.text)}: want ${row.stage ?? 'none'}, got ${got ?? 'none'}`,
    );
}

const all: Tally = { right: rows.length - misses.length, total: rows.length };
console.log(`Status classification: ${pct(all)} (${files.length} files)\n`);
console.log('By language:');
for (const [lang, t] of [...byLang].sort()) console.log(`  ${lang.padEnd(6)} ${pct(t)}`);
console.log('\nBy stage:');
for (const [stage, t] of [...byStage].sort()) console.log(`  ${stage.padEnd(17)} ${pct(t)}`);
console.log(misses.length ? `\nMisses (${misses.length}):\n${misses.join('\n')}` : '\nNo misses.');

// Speed: 10,000 strings cycling through every row, after a warm-up so the JIT has compiled the path.
// Best of five runs, because a busy machine (CI, parallel builds) adds noise that is not ours.
const texts = Array.from({ length: 10_000 }, (_, i) => rows[i % rows.length]?.text ?? '');
for (const t of texts.slice(0, 1000)) classifyStatus(t);
let best = Number.POSITIVE_INFINITY;
for (let run = 0; run < 5; run++) {
  const start = performance.now();
  for (const t of texts) classifyStatus(t);
  best = Math.min(best, performance.now() - start);
}
console.log(`\n10,000 mixed strings classified in ${best.toFixed(1)} ms, best of 5 runs (budget 50 ms).`);

process.exitCode = misses.length ? 1 : 0;
