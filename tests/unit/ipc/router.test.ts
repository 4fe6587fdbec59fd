import { describe, expect, it, vi } from 'vitest';
import { HavenError } from '../../../main/errors';
import { createRouter, type Handlers } from '../../../main/ipc/router';
import { CHANNELS, type Channel } from '../../../preload/contract';

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

describe('router: templates and tags', () => {
  const section = { kind: 'text', id: 'notes', label: 'Notes' };
  /** Inputs each channel must refuse before its handler runs. */
  const refused: [Channel, unknown][] = [
    ['templates:get', { id: 'nightly', version: 0 }],
    ['templates:get', { id: '../etc' }],
    ['templates:save', { name: '', sections: [] }],
    ['templates:save', { name: 'x', sections: [{ kind: 'video', id: 'v', label: 'V' }] }],
    ['templates:save', { name: 'x', sections: [section, section] }],
    ['templates:save', { name: 'x', sections: [{ kind: 'choice', id: 'c', label: 'C', options: ['only one'] }] }],
    ['templates:duplicate', { id: 'Nightly!' }],
    ['templates:delete', {}],
    ['templates:reorder', { ids: 'nightly' }],
    ['tags:create', { kind: 'mood', name: 'Sleepy' }],
    ['tags:create', { kind: 'tag', name: '   ' }],
    ['tags:create', { kind: 'tag', name: 'x'.repeat(61) }],
    ['tags:create', { kind: 'tag', name: 'line\nbreak' }],
    ['tags:update', { kind: 'trigger', name: 'Criticism', colour: 'neon' }],
    ['tags:update', { kind: 'trigger', name: 'Criticism', fear: 'spiders' }],
    ['tags:rename', { kind: 'emotion', from: 'Anxious' }],
    ['tags:merge', { kind: 'emotion', from: 'Anxious', into: '' }],
    ['tags:list', { all: true }],
  ];

  it.each(refused)('%s refuses %j without calling its handler', async (channel, payload) => {
    const handler = vi.fn();
    const router = createRouter(fakeHandlers({ [channel]: handler }));
    expect(await router.handle(channel, payload)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('hands the handlers parsed input: names trimmed, hints defaulted', async () => {
    const create = vi.fn((input: unknown) => input);
    const save = vi.fn((input: unknown) => input);
    const router = createRouter(
      fakeHandlers({
        'tags:create': create as unknown as Handlers['tags:create'],
        'templates:save': save as unknown as Handlers['templates:save'],
      }),
    );
    expect(await router.handle('tags:create', { kind: 'need', name: '  Rest  ' })).toEqual({
      ok: true,
      value: { kind: 'need', name: 'Rest' },
    });
    expect(await router.handle('templates:save', { name: ' Mine ', sections: [section] })).toEqual({
      ok: true,
      value: { name: 'Mine', description: '', sections: [{ ...section, hint: '' }] },
    });
  });

  it('passes a tag-exists error on with its message', async () => {
    const router = createRouter(
      fakeHandlers({
        'tags:rename': () => {
          throw new HavenError('tag-exists', 'There is already an emotion called “Worried”. Merge them instead?');
        },
      }),
    );
    expect(await router.handle('tags:rename', { kind: 'emotion', from: 'Anxious', to: 'Worried' })).toMatchObject({
      ok: false,
      error: { code: 'tag-exists', message: 'There is already an emotion called “Worried”. Merge them instead?' },
    });
  });
});
