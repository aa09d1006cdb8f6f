// Size of what the extension ships into AliExpress pages: the content script injected into order pages
// and the panel module it imports only when a customs status is found (budgets in scripts/bench.mjs).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const sizeOf = (file) => {
  const bytes = readFileSync(file);
  return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};

/** Expands a manifest resource pattern (`dir/*.js`) to the files the build wrote. */
function expand(dist, pattern) {
  if (!pattern.includes('*')) return [pattern];
  const dir = path.posix.dirname(pattern);
  const re = new RegExp(`^${path.posix.basename(pattern).replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`);
  try {
    return readdirSync(path.join(dist, dir))
      .filter((f) => re.test(f))
      .map((f) => `${dir}/${f}`);
  } catch {
    return [];
  }
}

export function benchSizes(dist) {
  const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
  const contentFiles = manifest.content_scripts.flatMap((c) => c.js ?? []);
  const lazyFiles = (manifest.web_accessible_resources ?? [])
    .flatMap((w) => w.resources ?? [])
    .flatMap((r) => expand(dist, r));
  return {
    content: contentFiles.map((f) => ({ ...sizeOf(path.join(dist, f)), file: f })),
    onDemand: lazyFiles.filter((f) => f.endsWith('.js')).map((f) => ({ ...sizeOf(path.join(dist, f)), file: f })),
  };
}
