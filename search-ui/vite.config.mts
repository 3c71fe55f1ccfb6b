import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The API serves dist/ at `/`; everything (JS, CSS) is bundled here, nothing is fetched from elsewhere.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  // Preact's automatic JSX runtime through Vite's built-in transformer (no preset plugin).
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  resolve: {
    alias: { react: 'preact/compat', 'react-dom': 'preact/compat' },
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2020',
    // One small app: a single chunk is simpler to serve and to cache-bust.
    modulePreload: { polyfill: false },
  },
  server: {
    // `vite --config search-ui/vite.config.ts` during development: forward the API to a local server.
    proxy: { '/api': 'http://127.0.0.1:3000', '/health': 'http://127.0.0.1:3000' },
  },
});
