/**
 * Classifier throughput: classifyStatus over every reference and extra status string, mixed 1:3 with the
 * kind of noise a page shows (product titles, prices, dates, menu links), for about a second after a
 * warm-up. Prints JSON for scripts/bench.mjs: `npx tsx scripts/bench/classifier.ts`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyStatus } from '../../src/core/classify-status.ts';
import { parseStatusTsv } from '../../src/core/fixtures/read-status-tsv.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const rows = [
  path.join(root, 'src/core/fixtures/reference/status-strings.tsv'),
  path.join(root, 'src/core/fixtures/status-strings-extra.tsv'),
].flatMap((file) => parseStatusTsv(readFileSync(file, 'utf8')));

// Deterministic noise so runs compare.
let seed = 42;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const words = ['Wireless', 'earbuds', 'charging', 'case', 'USB-C', 'cable', 'sold', 'Free shipping', 'Top brand'];
const noise = (i: number) => {
  switch (i % 4) {
    case 0:
      return Array.from({ length: 3 + Math.floor(rand() * 8) }, () => words[Math.floor(rand() * words.length)]).join(
        ' ',
      );
    case 1:
      return `€${(rand() * 100).toFixed(2)}`;
    case 2:
      return `2026-11-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')} 1${Math.floor(rand() * 10)}:3${i % 10}`;
    default:
      return `Parcel processed at sorting center ${i}`;
  }
};
const inputs: Array<{ text: string; lang: string }> = [];
rows.forEach((row, i) => {
  inputs.push({ text: row.text, lang: row.lang });
  for (let k = 0; k < 3; k += 1) inputs.push({ text: noise(i * 3 + k), lang: row.lang });
});

const pass = () => {
  let found = 0;
  for (const input of inputs) if (classifyStatus(input.text, { lang: input.lang })) found += 1;
  return found;
};
for (let i = 0; i < 20; i += 1) pass();
let count = 0;
const started = performance.now();
while (performance.now() - started < 1000) {
  pass();
  count += inputs.length;
}
const ms = performance.now() - started;
console.log(
  JSON.stringify({
    statusStrings: rows.length,
    noiseStrings: inputs.length - rows.length,
    classified: count,
    ms,
    stringsPerSecond: Math.round((count / ms) * 1000),
    microsecondsPerString: (ms * 1000) / count,
  }),
);
