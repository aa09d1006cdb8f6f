#!/usr/bin/env node
/**
 * Run by `npm install` / `npm ci` (postinstall). @crxjs/vite-plugin 3.0.0 (the newest release) builds IIFE
 * content scripts with rolldown's deprecated `output.inlineDynamicImports: true`, while Vite already sets
 * `output.codeSplitting: false` for IIFE output; rolldown then prints two contradicting warnings on every
 * build ("deprecated, use codeSplitting: false" / "ignored because codeSplitting: false is set").
 * The two options mean the same thing here, so this rewrites crxjs's option to the current name: the output
 * is byte-identical and the build is warning-free. It patches only the exact version and text it knows,
 * is idempotent, and says so loudly if crxjs changes (then delete this script if the warning is gone).
 * scripts/build-warnings.test.ts fails on any build warning, so a regression cannot pass unnoticed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const KNOWN_VERSION = '3.0.0';
const OLD = 'inlineDynamicImports: true';
const NEW = 'codeSplitting: false';

const require = createRequire(import.meta.url);
let pkgPath;
try {
  pkgPath = require.resolve('@crxjs/vite-plugin/package.json');
} catch {
  console.log('patch-crxjs: @crxjs/vite-plugin is not installed; nothing to patch.');
  process.exit(0);
}
const { version } = JSON.parse(readFileSync(pkgPath, 'utf8'));
const file = join(dirname(pkgPath), 'dist', 'index.mjs');
if (version !== KNOWN_VERSION || !existsSync(file)) {
  console.warn(
    `patch-crxjs: @crxjs/vite-plugin ${version} is not ${KNOWN_VERSION}; not patched. Check the build for warnings.`,
  );
  process.exit(0);
}
const source = readFileSync(file, 'utf8');
const count = source.split(OLD).length - 1;
if (count === 0 && source.includes(NEW)) process.exit(0); // already patched
if (count !== 2) {
  console.error(`patch-crxjs: expected 2 occurrences of "${OLD}" in ${file}, found ${count}; not patched.`);
  process.exit(1);
}
writeFileSync(file, source.replaceAll(OLD, NEW));
console.log('patch-crxjs: IIFE content-script builds use codeSplitting: false (no inlineDynamicImports warnings).');
