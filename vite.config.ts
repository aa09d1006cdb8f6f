// Builds the extension from manifest.json with @crxjs/vite-plugin into dist/ (Chrome) or
// dist-firefox/ (BROWSER=firefox).
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { lazyModulePlugin } from './scripts/lazy-module-plugin.ts';
import { localesPlugin } from './scripts/locales-plugin.ts';
import { manifestFor } from './scripts/manifest-for.ts';
import { PANEL_FILE } from './src/content/panel-api.ts';

const firefox = process.env.BROWSER === 'firefox';

export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest: manifestFor(firefox ? 'firefox' : 'chrome', manifest, pkg.version) as Parameters<
        typeof crx
      >[0]['manifest'],
      browser: firefox ? 'firefox' : 'chrome',
      contentScripts: { standaloneFiles: ['src/content/detector/index.tsx'] },
    }),
    localesPlugin(),
    // The on-page panel, loaded by the content script only when a customs status is found; listed in the
    // manifest's web_accessible_resources (AliExpress hosts, use_dynamic_url), as are the per-language
    // catalogs localesPlugin writes for it (src/content/locales/*.js), so a page loads only its language.
    lazyModulePlugin({ entry: 'src/content/panel/entry.tsx', fileName: PANEL_FILE }),
  ],
  build: {
    // CL_DIST lets parallel local runs build side by side; it never changes what the extension does.
    outDir: process.env.CL_DIST ?? (firefox ? 'dist-firefox' : 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
  server: { cors: { origin: [/chrome-extension:\/\//] } },
});
