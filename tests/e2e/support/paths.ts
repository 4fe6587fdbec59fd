import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');
export const RENDERER_DIR = join(ROOT, 'out/renderer');
export const MAIN_ENTRY = join(ROOT, 'out/main/index.js');
export const BRIDGE_SCRIPT = join(ROOT, 'out/e2e/bridge.js');
export const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** The Electron executable if one is really there, found without the electron package's download-on-use. */
export function findElectron(): string | null {
  const electronDir = join(ROOT, 'node_modules/electron');
  let relative = 'electron';
  try {
    relative = readFileSync(join(electronDir, 'path.txt'), 'utf8').trim();
  } catch {
    // No path.txt: the package was never fetched; only an override can point at a binary.
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? join(override, relative) : join(electronDir, 'dist', relative);
  return existsSync(candidate) ? candidate : null;
}

export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  return null;
}

export type Mode = 'electron' | 'bridge';

export function pickMode(): { mode: Mode; executable: string | undefined } {
  const forced = process.env.HAVEN_E2E_MODE as Mode | undefined;
  const electron = findElectron();
  if (forced === 'electron' || (!forced && electron)) {
    if (!electron) throw new Error('HAVEN_E2E_MODE=electron, but no Electron binary is installed.');
    return { mode: 'electron', executable: electron };
  }
  return { mode: 'bridge', executable: findChromium() ?? undefined };
}
