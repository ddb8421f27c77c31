import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The web page: built into dist/web, which `newsgraph serve` serves. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 800,
  },
  // The dev server (npx vite web) hands /api to a running `newsgraph serve`.
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/openapi.json': 'http://127.0.0.1:8080' } },
});
