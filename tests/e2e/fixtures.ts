import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, _electron, chromium, type Browser, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PowerEvent } from '../../main/platform/types';
import { CHROMIUM_ARGS, openBridgePage, type BridgePage } from './support/bridge';
import { MAIN_ENTRY, RENDERER_DIR, pickMode, type Mode } from './support/paths';
import { serveRenderer } from './support/static-server';

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
  /**
   * Quits as Cmd/Ctrl+Q does (the app's own quit sequence: save what is pending, then lock), starts Haven again
   * on the same data folder, and returns the new window's page.
   */
  restart(): Promise<Page>;
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
      const { url, server } = await serveRenderer(RENDERER_DIR);
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
      const launch = () =>
        _electron.launch({
          args: [MAIN_ENTRY],
          env: { ...process.env, HAVEN_DATA_DIR: dataDir, HAVEN_E2E: '1' } as Record<string, string>,
        });
      let app = await launch();
      // The main process installed steerable stubs for dialogs and power events (HAVEN_E2E=1, unpackaged only).
      const control = (method: keyof TestControl, arg: unknown) =>
        app.evaluate(
          (_electron, [name, value]) => {
            const stubs = (globalThis as unknown as { __havenTest: Record<string, (v: unknown) => void> }).__havenTest;
            stubs[name]?.(value);
          },
          [method, arg] as const,
        );
      const harness: Harness = {
        page: await app.firstWindow(),
        dialogs: {
          willOpen: (paths) => control('willOpen', paths),
          willSave: (path) => control('willSave', path),
        },
        power: { emit: (event) => control('emitPower', event) },
        async restart() {
          const exited = new Promise((resolve) => app.process().once('exit', resolve));
          await app.evaluate(({ app: electronApp }) => electronApp.quit());
          await exited;
          app = await launch();
          harness.page = await app.firstWindow();
          return harness.page;
        },
      };
      await use(harness);
      await app.close();
      return;
    }

    if (!bridgeBrowser || !rendererUrl) throw new Error('The bridge browser did not start.');
    const browser = bridgeBrowser;
    const url = rendererUrl;
    let bridge: BridgePage = await openBridgePage(browser, url, dataDir);
    const foreign: string[] = [];
    const harness: Harness = {
      page: bridge.page,
      dialogs: {
        willOpen: async (paths) => bridge.platform.control.willOpen(paths),
        willSave: async (path) => bridge.platform.control.willSave(path),
      },
      power: { emit: async (event) => bridge.platform.control.emitPower(event) },
      async restart() {
        await bridge.quit();
        foreign.push(...bridge.foreignRequests);
        bridge = await openBridgePage(browser, url, dataDir);
        harness.page = bridge.page;
        return harness.page;
      },
    };
    await use(harness);
    foreign.push(...bridge.foreignRequests);
    await bridge.close();
    // No network, ever (DESIGN §4): every spec's journey is also a check that the app asked nothing of it.
    expect(foreign, 'requests to anywhere but the app itself').toEqual([]);
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
