import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Configuration } from 'electron-builder';

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const config = require(path.join(root, 'electron-builder.config.cjs')) as Configuration;
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, which must come first after the signature. */
function pngSize(data: Buffer): { width: number; height: number } {
  expect(data.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature').toBe(true);
  expect(data.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

function resource(...parts: string[]): string {
  return path.join(root, 'resources', ...parts);
}

describe('electron-builder config', () => {
  it('passes electron-builder’s own schema validation', async () => {
    // Resolved through electron-builder so the check uses the schema of the version that will build.
    const builderRequire = createRequire(require.resolve('electron-builder'));
    const { validateConfiguration } = builderRequire('app-builder-lib/out/util/config/config') as {
      validateConfiguration: (c: Configuration, logger: unknown) => Promise<void>;
    };
    const { DebugLogger } = builderRequire('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app and its output folders', () => {
    expect(config.appId).toBe('app.haven.journal');
    expect(config.productName).toBe('Haven');
    expect(config.directories).toEqual({ output: 'release', buildResources: 'resources' });
    expect(config.extraMetadata).toEqual({ main: 'out/main/index.js' });
    expect(config.extraMetadata?.main).toBe(pkg.main);
  });

  it('packs only the build output, in an asar with native modules unpacked', () => {
    expect(config.files).toEqual(['out/**', 'package.json']);
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['**/*.node']);
  });

  it('never rebuilds the Node-API SQLite binding', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.nodeGypRebuild).toBe(false);
  });

  it('flips the Electron fuses of the packaged app', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds AppImage and deb on Linux', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
    expect(config.linux?.icon).toBe('resources/icons');
  });

  it('builds a hardened-runtime dmg on macOS with minimal entitlements', () => {
    const mac = config.mac;
    expect(mac?.target).toEqual(['dmg']);
    expect(mac?.hardenedRuntime).toBe(true);
    expect(mac?.gatekeeperAssess).toBe(false);
    expect(mac?.icon).toBe('resources/icon.icns');
    expect(mac?.entitlements).toBe('resources/entitlements.mac.plist');
    expect(mac?.entitlementsInherit).toBe('resources/entitlements.mac.plist');

    const plist = readFileSync(path.join(root, 'resources/entitlements.mac.plist'), 'utf8');
    const keys = [...plist.matchAll(/<key>([^<]+)<\/key>\s*<true\/>/g)].map((m) => m[1]);
    expect(keys).toEqual(['com.apple.security.cs.allow-jit']);
  });

  it('builds an NSIS installer on Windows that lets people pick the folder', () => {
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.win?.icon).toBe('resources/icon.ico');
    expect(config.nsis?.oneClick).toBe(false);
    expect(config.nsis?.allowToChangeInstallationDirectory).toBe(true);
  });

  it('points only at files that exist', () => {
    const paths = [config.linux?.icon, config.mac?.icon, config.mac?.entitlements, config.win?.icon];
    for (const p of paths) {
      expect(typeof p).toBe('string');
      expect(existsSync(path.join(root, p as string)), `${p} exists`).toBe(true);
    }
  });
});

describe('app icons', () => {
  it('has the source SVG', () => {
    expect(readFileSync(resource('icon.svg'), 'utf8')).toContain('<svg');
  });

  it.each([16, 32, 48, 64, 128, 256, 512, 1024])('resources/icons/%ix%i.png is that size', (size) => {
    expect(pngSize(readFileSync(resource('icons', `${size}x${size}.png`)))).toEqual({ width: size, height: size });
  });

  it('has a 1024 px resources/icon.png', () => {
    expect(pngSize(readFileSync(resource('icon.png')))).toEqual({ width: 1024, height: 1024 });
  });

  it('has an icns whose entries are PNGs of the sizes their types promise', () => {
    const data = readFileSync(resource('icon.icns'));
    expect(data.toString('latin1', 0, 4)).toBe('icns');
    expect(data.readUInt32BE(4)).toBe(data.length);

    const expected: Record<string, number> = {
      icp4: 16,
      icp5: 32,
      icp6: 64,
      ic07: 128,
      ic08: 256,
      ic09: 512,
      ic10: 1024,
      ic11: 32,
      ic12: 64,
      ic13: 256,
      ic14: 512,
    };
    const seen: string[] = [];
    let offset = 8;
    while (offset < data.length) {
      const type = data.toString('latin1', offset, offset + 4);
      const length = data.readUInt32BE(offset + 4);
      expect(length).toBeGreaterThan(8);
      expect(offset + length).toBeLessThanOrEqual(data.length);
      const size = expected[type];
      expect(size, `known icns type ${type}`).toBeDefined();
      expect(pngSize(data.subarray(offset + 8, offset + length))).toEqual({ width: size, height: size });
      seen.push(type);
      offset += length;
    }
    expect(offset).toBe(data.length);
    expect(seen.sort()).toEqual(Object.keys(expected).sort());
  });

  it('has an ico with every small size and a 256 px image', () => {
    const data = readFileSync(resource('icon.ico'));
    expect(data.readUInt16LE(0)).toBe(0);
    expect(data.readUInt16LE(2)).toBe(1); // 1 = icon, 2 = cursor
    const count = data.readUInt16LE(4);
    const sizes: number[] = [];
    for (let i = 0; i < count; i++) {
      const entry = 6 + i * 16;
      // A width byte of 0 means 256.
      const width = data.readUInt8(entry) || 256;
      const height = data.readUInt8(entry + 1) || 256;
      expect(height).toBe(width);
      const bytes = data.readUInt32LE(entry + 8);
      const start = data.readUInt32LE(entry + 12);
      expect(start + bytes).toBeLessThanOrEqual(data.length);
      if (width === 256) {
        expect(pngSize(data.subarray(start, start + bytes))).toEqual({ width: 256, height: 256 });
      }
      sizes.push(width);
    }
    expect(sizes.sort((a, b) => a - b)).toEqual([16, 32, 48, 64, 128, 256]);
  });
});
