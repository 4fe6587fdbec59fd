import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { BRIDGE_SCRIPT, MAIN_ENTRY, RENDERER_DIR, ROOT, pickMode } from './paths';

/** Checks the app is built, names the mode, and bundles the bridge's init script for the browser. */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(join(RENDERER_DIR, 'index.html')) || !existsSync(MAIN_ENTRY)) {
    throw new Error('The app is not built. Run `npm run build` first (npm test does it for you).');
  }
  const { mode, executable } = pickMode();
  if (mode === 'bridge' && !executable) {
    const { chromium } = await import('playwright-core');
    if (!existsSync(chromium.executablePath())) {
      throw new Error(
        'No browser and no Electron binary for the e2e tests. Install Chromium (Debian: `apt-get install chromium`) ' +
          "or set CHROMIUM_PATH, or install Electron's binary (`npm start` fetches it).",
      );
    }
  }
  console.log(`e2e mode: ${mode}${executable ? ` (${executable})` : ''}`);
  if (mode === 'bridge') await buildBridgeScript();
}

/** The bridge's init script: preload/bridge.ts bundled for the browser, over a Playwright binding. */
export async function buildBridgeScript(): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: ROOT,
    build: {
      outDir: join(BRIDGE_SCRIPT, '..'),
      emptyOutDir: true,
      minify: false,
      lib: {
        entry: join(__dirname, 'bridge-entry.ts'),
        formats: ['iife'],
        name: 'havenBridge',
        fileName: () => 'bridge.js',
      },
    },
  });
}
