import { describe, expect, it, vi } from 'vitest';
import { HavenError } from '../../../main/errors';
import { createRouter, type Handlers } from '../../../main/ipc/router';
import { CHANNELS } from '../../../preload/contract';

/** Handlers that answer a recognisable value per channel, so a test can see which one ran. */
function fakeHandlers(overrides: Partial<Handlers> = {}): Handlers {
  const handlers = Object.fromEntries(CHANNELS.map((channel) => [channel, () => ({ ran: channel })]));
  return { ...handlers, ...overrides } as unknown as Handlers;
}

describe('router', () => {
  it('refuses a channel the contract does not name, without calling anything', async () => {
    const router = createRouter(fakeHandlers());
    const result = await router.handle('fs:readFile', { path: '/etc/passwd' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'unknown-channel', message: expect.stringContaining('fs:readFile') },
    });
    expect(await router.handle(42, undefined)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await router.handle('__proto__', undefined)).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
    expect(await router.handle('toString', undefined)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('refuses input that fails the channel schema and names the field', async () => {
    const unlock = vi.fn();
    const router = createRouter(fakeHandlers({ 'vaults:unlock': unlock }));
    const result = await router.handle('vaults:unlock', { vaultId: '../../etc', passphrase: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(!result.ok && result.error.message).toContain('vaultId');
    expect(await router.handle('vaults:unlock', 'not an object')).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await router.handle('app:info', { unexpected: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(unlock).not.toHaveBeenCalled();
  });

  it('passes the parsed input to the handler and wraps its answer', async () => {
    const list = vi.fn((input: { offset: number; limit: number }) => ({ total: 0, items: [], seen: input }));
    const router = createRouter(fakeHandlers({ 'entries:list': list as unknown as Handlers['entries:list'] }));
    expect(await router.handle('entries:list', undefined)).toEqual({
      ok: true,
      value: { total: 0, items: [], seen: { offset: 0, limit: 50 } },
    });
    expect(list).toHaveBeenCalledWith({ offset: 0, limit: 50 });
    expect(await router.handle('app:info', undefined)).toEqual({ ok: true, value: { ran: 'app:info' } });
  });

  it('turns a HavenError into its code and message', async () => {
    const router = createRouter(
      fakeHandlers({
        'vaults:unlock': () => {
          throw new HavenError('wrong-passphrase', 'That passphrase doesn’t open this journal.', { waitSeconds: 0 });
        },
      }),
    );
    expect(await router.handle('vaults:unlock', { vaultId: 'abc', passphrase: 'x' })).toEqual({
      ok: false,
      error: {
        code: 'wrong-passphrase',
        message: 'That passphrase doesn’t open this journal.',
        details: { waitSeconds: 0 },
      },
    });
  });

  it('answers an unexpected failure with a plain message and no stack, and reports it once', async () => {
    const onUnexpected = vi.fn();
    const router = createRouter(
      fakeHandlers({
        'entries:get': () => {
          throw new TypeError('cannot read properties of undefined (reading secret)');
        },
      }),
      onUnexpected,
    );
    const result = await router.handle('entries:get', { id: 'abc' });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    const message = !result.ok ? result.error.message : '';
    expect(message).not.toContain('secret');
    expect(message).not.toMatch(/\bat\s+\S+\s+\(/);
    expect(onUnexpected).toHaveBeenCalledTimes(1);
  });
});
