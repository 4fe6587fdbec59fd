import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, _electron, chromium, type Browser, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../main/electron/csp';
import type { PowerEvent } from '../../main/platform/types';
import { CHROMIUM_ARGS, openBridgePage } from './support/bridge';
import { MAIN_ENTRY, RENDERER_DIR, pickMode, type Mode } from './support/paths';
import { serveStatic } from './support/static-server';

export interface Dialogs {
  /** What the next open dialog answers; null answers Cancel. */
  willOpen(paths: string[] | null): Promise<void>;
  /** What the next save dialog answers; null answers Cancel. */
  willSave(path: string | null): Promise<void>;
}

export interface Power {
  emit(event: PowerEvent): Promise<void>;
}

interface Harness {
  page: Page;
  dialogs: Dialogs;
  power: Power;
}

interface TestFixtures {
  dataDir: string;
  harness: Harness;
  dialogs: Dialogs;
  power: Power;
}

interface WorkerFixtures {
  mode: Mode;
  bridgeBrowser: Browser | null;
  rendererUrl: string | null;
}

type TestControl = {
  willOpen(paths: string[] | null): void;
  willSave(path: string | null): void;
  emitPower(event: PowerEvent): void;
};

export const test = base.extend<TestFixtures, WorkerFixtures>({
  mode: [async ({}, use) => use(pickMode().mode), { scope: 'worker' }],

  bridgeBrowser: [
    async ({ mode }, use) => {
      if (mode !== 'bridge') return use(null);
      const { executable } = pickMode();
      const browser = await chromium.launch({ executablePath: executable, args: CHROMIUM_ARGS, headless: true });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],

  rendererUrl: [
    async ({ mode }, use) => {
      if (mode !== 'bridge') return use(null);
      const { url, server } = await serveStatic(RENDERER_DIR, { 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
      await use(url);
      await new Promise((resolve) => server.close(resolve));
    },
    { scope: 'worker' },
  ],

  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'haven-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },

  harness: async ({ mode, bridgeBrowser, rendererUrl, dataDir }, use) => {
    if (mode === 'electron') {
      const app = await _electron.launch({
        args: [MAIN_ENTRY],
        env: { ...process.env, HAVEN_DATA_DIR: dataDir, HAVEN_E2E: '1' } as Record<string, string>,
      });
      // The main process installed steerable stubs for dialogs and power events (HAVEN_E2E=1, unpackaged only).
      const control = (method: keyof TestControl, arg: unknown) =>
        app.evaluate(
          (_electron, [name, value]) => {
            const stubs = (globalThis as unknown as { __havenTest: Record<string, (v: unknown) => void> }).__havenTest;
            stubs[name]?.(value);
          },
          [method, arg] as const,
        );
      const page = await app.firstWindow();
      await use({
        page,
        dialogs: {
          willOpen: (paths) => control('willOpen', paths),
          willSave: (path) => control('willSave', path),
        },
        power: { emit: (event) => control('emitPower', event) },
      });
      await app.close();
      return;
    }

    if (!bridgeBrowser || !rendererUrl) throw new Error('The bridge browser did not start.');
    const bridge = await openBridgePage(bridgeBrowser, rendererUrl, dataDir);
    await use({
      page: bridge.page,
      dialogs: {
        willOpen: async (paths) => bridge.platform.control.willOpen(paths),
        willSave: async (path) => bridge.platform.control.willSave(path),
      },
      power: { emit: async (event) => bridge.platform.control.emitPower(event) },
    });
    await bridge.close();
  },

  page: async ({ harness }, use) => use(harness.page),
  dialogs: async ({ harness }, use) => use(harness.dialogs),
  power: async ({ harness }, use) => use(harness.power),
});

/** Fails on any serious or critical accessibility violation axe finds on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    'accessibility violations',
  ).toEqual([]);
}

export { expect };
