/**
 * Vite plugin: builds one extra ES module (the on-page panel) as a single self-contained file at a fixed
 * path in the extension, for a content script to `import(runtime.getURL(path))` when it needs it.
 * Why not a normal chunk: crxjs builds the content script as a standalone IIFE (no loader, no shared
 * chunks a page could probe), so the panel cannot share chunks with it either; one file is also the
 * only web-accessible resource the manifest has to list (with `use_dynamic_url`, AliExpress hosts only).
 */
import preact from '@preact/preset-vite';
import { build, type Plugin, type ResolvedConfig } from 'vite';

export function lazyModulePlugin(options: { entry: string; fileName: string }): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'customs-lens-lazy-module',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle() {
      const result = await build({
        configFile: false,
        root: config.root,
        mode: config.mode,
        logLevel: 'warn',
        resolve: config.resolve,
        define: config.define,
        plugins: [preact()],
        build: {
          write: false,
          emptyOutDir: false,
          minify: config.build.minify,
          target: config.build.target,
          sourcemap: false,
          lib: { entry: options.entry, formats: ['es'], fileName: () => options.fileName },
          // Lib mode leaves ES output unminified (to keep pure annotations): this file is final, so minify it.
          rollupOptions: {
            output: { codeSplitting: false, minify: config.build.minify !== false },
            // src/core is pure by design (no DOM, no browser APIs: docs/ARCHITECTURE.md): its top-level code
            // only builds tables, so a core module none of whose exports the page uses is left out whole (the
            // panel imports core for types and small helpers; tables and classifier stay in the background).
            treeshake: { moduleSideEffects: (id: string) => !/[\\/]src[\\/]core[\\/]/.test(id) },
          },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
      const chunk = outputs.find((o) => o.type === 'chunk' && o.isEntry);
      if (chunk?.type !== 'chunk') throw new Error(`No module built from ${options.entry}`);
      this.emitFile({ type: 'asset', fileName: options.fileName, source: chunk.code });
    },
  };
}
