// Debian's Chromium and the flags every launch of it uses here — e2e fixtures, the demo, the bench,
// screenshots — so they cannot drift apart. Plain JavaScript so the bench (plain node) can import it too.

/** Debian's Chromium (`apt-get install chromium`); CHROMIUM_PATH points elsewhere. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for a quiet, offline-friendly Chromium: without the background-networking ones, its own calls
 * home are refused by a closed network many times over. The sandbox cannot run as root (containers).
 */
export const BASE_ARGS = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Loads one unpacked extension: `--load-extension` alone loads nothing under Playwright. */
export function extensionArgs(dist) {
  return [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, ...BASE_ARGS];
}
