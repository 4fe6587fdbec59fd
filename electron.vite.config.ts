import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { withContentSecurityPolicy } from './main/electron/csp';

/** Built pages carry the policy as a meta tag too, besides the header app:// sends with every answer. */
const contentSecurityPolicy = (): Plugin => ({
  name: 'haven-csp',
  apply: 'build',
  transformIndexHtml: withContentSecurityPolicy,
});

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'main/index.ts'),
          // The daily integrity check runs in a worker thread, which needs a file of its own (main/vault/integrity.ts).
          'integrity-worker': resolve(__dirname, 'main/vault/integrity-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require packages, so zod and the contract are bundled into it.
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(__dirname, 'preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), contentSecurityPolicy()],
    build: {
      // electron-vite leaves output unminified; a smaller bundle parses faster, and the lock screen paints sooner.
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
