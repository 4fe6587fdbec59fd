import { describe, expect, it } from 'vitest';
import { isLoopbackHttpUrl, launchOptions } from '../../../main/electron/launch';
import { APP_URL } from '../../../main/electron/scheme';

const userData = '/home/sam/.config/Haven';
const devEnv = {
  ELECTRON_RENDERER_URL: 'http://localhost:5173/',
  HAVEN_DATA_DIR: '/tmp/elsewhere',
  HAVEN_E2E: '1',
};

describe('launch options', () => {
  it('ignores every development switch in a packaged build', () => {
    expect(launchOptions({ isPackaged: true, env: devEnv, userData })).toEqual({
      dataDir: userData,
      appUrl: APP_URL,
      testControl: false,
    });
    expect(
      launchOptions({ isPackaged: true, env: { ELECTRON_RENDERER_URL: 'https://evil.example/' }, userData }).appUrl,
    ).toBe(APP_URL);
  });

  it('honours them while developing', () => {
    expect(launchOptions({ isPackaged: false, env: devEnv, userData })).toEqual({
      dataDir: '/tmp/elsewhere',
      appUrl: 'http://localhost:5173/',
      testControl: true,
    });
    expect(launchOptions({ isPackaged: false, env: {}, userData })).toEqual({
      dataDir: userData,
      appUrl: APP_URL,
      testControl: false,
    });
  });

  it('trusts a dev server only on this computer', () => {
    const remote = { ELECTRON_RENDERER_URL: 'http://192.168.1.20:5173/' };
    expect(launchOptions({ isPackaged: false, env: remote, userData }).appUrl).toBe(APP_URL);
    expect(isLoopbackHttpUrl('http://127.0.0.1:5173/')).toBe(true);
    expect(isLoopbackHttpUrl('http://[::1]:5173/')).toBe(true);
    expect(isLoopbackHttpUrl('http://localhost.evil.example/')).toBe(false);
    expect(isLoopbackHttpUrl('http://user@localhost/')).toBe(false);
    expect(isLoopbackHttpUrl('file:///tmp/index.html')).toBe(false);
    expect(isLoopbackHttpUrl('javascript:alert(1)')).toBe(false);
  });
});
