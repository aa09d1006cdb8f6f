// Builds the extension once before the e2e run unless a build is already there (npm test builds first).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function globalSetup(): void {
  if (!existsSync(`${process.env.CL_DIST ?? 'dist'}/manifest.json`)) execSync('npx vite build', { stdio: 'inherit' });
}
