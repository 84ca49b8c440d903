import { cpSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
// TLA_RENDERER_DIR lets parallel work build into its own folder (the e2e server reads the same).
const outDir = resolve(here, '..', process.env.TLA_RENDERER_DIR ?? 'dist/renderer');
const require = createRequire(import.meta.url);
const pdfjsRoot = dirname(require.resolve('pdfjs-dist/package.json'));

/**
 * pdf.js ≥ 5 fetches cmaps, standard fonts, ICC profiles and wasm decoders at run time. They are
 * served from our own origin (the CSP allows nothing else), so copy them next to the page.
 */
function copyPdfjsAssets(): Plugin {
  return {
    name: 'tla-copy-pdfjs-assets',
    apply: 'build',
    closeBundle() {
      for (const folder of ['cmaps', 'standard_fonts', 'wasm', 'iccs']) {
        const from = join(pdfjsRoot, folder);
        if (existsSync(from)) cpSync(from, join(outDir, 'pdfjs', folder), { recursive: true });
      }
    },
  };
}

export default defineConfig({
  root: here,
  base: './',
  plugins: [react(), copyPdfjsAssets()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // The modulepreload polyfill would be an inline script: the CSP forbids those.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1500,
  },
  worker: { format: 'es' },
});
